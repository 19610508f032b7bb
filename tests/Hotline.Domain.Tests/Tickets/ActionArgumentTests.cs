using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// Every live action checks its own arguments before any rule: a null actor, an instant outside the supported range
/// and a blank reason are argument errors naming the argument (never a crash, never a rule refusal), and the ticket is
/// left as it was. A deadline that is only provisional is recorded as provisional by the action that starts it.
/// </summary>
public class ActionArgumentTests
{
    private static readonly Instant Next = Beijing("2026-10-12 09:00");

    public static TheoryData<string> Actions() =>
    [
        "answer", "dispatch", "sign", "return", "reject-return", "request-extension", "approve", "deny", "reply", "callback", "reopen",
        "close", "merge", "graded-callback", "callback-attempt", "review-reply", "transfer", "refer", "decline", "mark-invalid",
        "withdraw", "request-termination", "approve-termination", "deny-termination", "request-statutory-period",
        "approve-statutory-period", "deny-statutory-period",
    ];

    public static TheoryData<string> ActionsWithAReason() =>
    [
        "return", "reject-return", "request-extension", "deny", "reopen", "decline", "mark-invalid", "withdraw", "request-termination",
        "deny-termination", "deny-statutory-period",
    ];

    /// <summary>The actions whose text is not a reason: the action, its parameter and the word its message uses.</summary>
    public static TheoryData<string, string, string> ActionsWithOtherText() => new()
    {
        { "review-reply", "note", "note" },
        { "refer", "route", "route" },
        { "request-statutory-period", "legalBasis", "legal basis" },
    };

    private static readonly HandlingPolicy Reviewing = Policy.ToBuilder().ReviewRepliesBeforeCallback().Build();
    private static readonly LocalDate StatutoryDue = new(2026, 11, 29);

    /// <summary>A ticket in the state the action needs, the action (with its usual other arguments) and who may take it.</summary>
    private static (Ticket Ticket, Action<Ticket, Actor, Instant> Run, Actor Allowed) Ready(string action, string reason = "理由")
    {
        switch (action)
        {
            case "answer": return (Registered(), (t, by, at) => t.AnswerDirectly("已答复", by, at), Operator);
            case "dispatch": return (Registered(), (t, by, at) => t.Dispatch(Housing, Complexity.General, by, at), Dispatcher);
            case "sign": return (Dispatched(), (t, by, at) => t.SignIn(by, at), HousingClerk);
            case "return": return (Dispatched(), (t, by, at) => t.Return(reason, by, at), HousingClerk);
            case "reject-return": return (Returned(), (t, by, at) => t.RejectReturn(reason, by, at), Supervisor);
            case "request-extension": return (Signed(), (t, by, at) => t.RequestExtension(3, reason, by, at), HousingClerk);
            case "approve": return (ExtensionRequested(), (t, by, at) => t.ApproveExtension(by, at), Supervisor);
            case "deny": return (ExtensionRequested(), (t, by, at) => t.DenyExtension(reason, by, at), Supervisor);
            case "reply": return (Signed(), (t, by, at) => t.Reply("已处理", true, by, at), HousingClerk);
            case "callback": return (Replied(), (t, by, at) => t.RecordCallback(true, Satisfaction.Satisfied, by, at), Operator);
            case "reopen": return (CalledBack(false, Satisfaction.Dissatisfied), (t, by, at) => t.Reopen(reason, by, at), Supervisor);
            case "close": return (Replied(), (t, by, at) => t.Close(by, at), Supervisor);
            case "merge": return (Registered(), (t, by, at) => t.MergeInto(new TicketId("GD-20260930-0002"), by, at), Dispatcher);
            case "graded-callback": return (Replied(), (t, by, at) => t.RecordCallback(Resolution.BasicallyResolved, Satisfaction.Satisfied, by, at), Operator);
            case "callback-attempt": return (Replied(), (t, by, at) => t.RecordCallbackAttempt(CallbackOutcome.NoAnswer, by, at), Operator);
            case "review-reply": return (RepliedUnderReview(), (t, by, at) => t.ReviewReply(true, reason, by, at), Supervisor);
            case "transfer": return (Registered(), (t, by, at) => t.TransferToEmergencyLine(EmergencyLine.Police, by, at), Operator);
            case "refer": return (Registered(), (t, by, at) => t.ReferToLegalRoute(reason, by, at), Operator);
            case "decline": return (Registered(), (t, by, at) => t.Decline(reason, by, at), Operator);
            case "mark-invalid": return (Registered(), (t, by, at) => t.MarkInvalid(reason, by, at), Operator);
            case "withdraw": return (Signed(), (t, by, at) => t.Withdraw(reason, by, at), Operator);
            case "request-termination": return (Signed(), (t, by, at) => t.RequestTermination(reason, by, at), HousingClerk);
            case "approve-termination": return (TerminationRequested(), (t, by, at) => t.ApproveTermination(by, at), Supervisor);
            case "deny-termination": return (TerminationRequested(), (t, by, at) => t.DenyTermination(reason, by, at), Supervisor);
            case "request-statutory-period": return (SignedReport(), (t, by, at) => t.RequestStatutoryPeriod(StatutoryDue, reason, by, at), HousingClerk);
            case "approve-statutory-period": return (StatutoryPeriodRequested(), (t, by, at) => t.ApproveStatutoryPeriod(by, at), Supervisor);
            case "deny-statutory-period": return (StatutoryPeriodRequested(), (t, by, at) => t.DenyStatutoryPeriod(reason, by, at), Supervisor);
            default: throw new ArgumentOutOfRangeException(nameof(action), action, "not an action of this test");
        }
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void A_null_actor_is_an_argument_error_naming_by_and_changes_nothing(string action)
    {
        var (ticket, run, _) = Ready(action);
        var before = Snapshot(ticket);

        FluentActions.Invoking(() => run(ticket, null!, Later(ticket))).Should().Throw<ArgumentNullException>().WithParameterName("by");

        Snapshot(ticket).Should().BeEquivalentTo(before, o => o.ComparingByValue<HandlingDeadline>());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void The_last_instant_NodaTime_can_hold_is_an_argument_error_naming_at_and_the_supported_range(string action)
    {
        var (ticket, run, allowed) = Ready(action);
        var before = Snapshot(ticket);
        var version = ticket.Version;

        FluentActions.Invoking(() => run(ticket, allowed, Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("at")
            .WithMessage($"The instant {Instant.MaxValue} is outside the supported range; an instant must lie between {Preconditions.Earliest} and {Preconditions.Latest}.*");

        Snapshot(ticket).Should().BeEquivalentTo(before, o => o.ComparingByValue<HandlingDeadline>());
        run(ticket, allowed, Later(ticket));
        ticket.Version.Should().Be(version + 1, "the same action at a supported instant is accepted");
    }

    [Theory]
    [MemberData(nameof(ActionsWithAReason))]
    public void A_blank_reason_is_an_argument_error_that_names_the_reason(string action)
    {
        var (ticket, run, allowed) = Ready(action, reason: " ");
        var version = ticket.Version;

        FluentActions.Invoking(() => run(ticket, allowed, Later(ticket))).Should().Throw<ArgumentException>()
            .WithParameterName("reason").WithMessage("The reason must not be blank.*");

        ticket.Version.Should().Be(version);
    }

    [Theory]
    [MemberData(nameof(ActionsWithOtherText))]
    public void A_blank_note_route_or_legal_basis_is_an_argument_error_that_names_it(string action, string parameter, string word)
    {
        var (ticket, run, allowed) = Ready(action, reason: "\t");
        var version = ticket.Version;

        FluentActions.Invoking(() => run(ticket, allowed, Later(ticket))).Should().Throw<ArgumentException>()
            .WithParameterName(parameter).WithMessage($"The {word} must not be blank.*");

        ticket.Version.Should().Be(version);
    }

    [Fact]
    public void A_null_grade_satisfaction_outcome_or_line_is_an_argument_error_naming_it()
    {
        var replied = Replied();
        var at = Later(replied);
        replied.Invoking(t => t.RecordCallback(null!, Satisfaction.Satisfied, Operator, at)).Should().Throw<ArgumentNullException>().WithParameterName("resolution");
        replied.Invoking(t => t.RecordCallback(Resolution.Resolved, null!, Operator, at)).Should().Throw<ArgumentNullException>().WithParameterName("satisfaction");
        replied.Invoking(t => t.RecordCallbackAttempt(null!, Operator, at)).Should().Throw<ArgumentNullException>().WithParameterName("outcome");
        var registered = Registered();
        registered.Invoking(t => t.TransferToEmergencyLine(null!, Operator, Later(registered))).Should().Throw<ArgumentNullException>().WithParameterName("line");
        replied.Version.Should().Be(4);
        registered.Version.Should().Be(1);
    }

    [Fact]
    public void A_dispatch_whose_deadline_runs_past_the_calendar_records_it_as_provisional()
    {
        var policy = Policy.ToBuilder().AllowProvisionalDeadlines().Build();
        var ticket = Ticket.Register(new TicketId("GD-20261228-0001"), TicketCategory.Complaint, "供暖不足", policy, Operator, Beijing("2026-12-28 09:50"));

        ticket.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-12-28 10:00"));

        var dispatched = (TicketDispatched)ticket.History[^1];
        dispatched.IsProvisional.Should().BeTrue("the calendar ends on 2026-12-31 and the count needs days after it");
        ticket.Deadline!.Value.IsProvisional.Should().BeTrue();
        Ticket.Rehydrate(policy, ticket.History).Deadline!.Value.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void A_sign_in_whose_deadline_runs_past_the_calendar_records_it_as_provisional()
    {
        var policy = Policy.ToBuilder().ClockStartsAt(ClockStart.SignIn).AllowProvisionalDeadlines().Build();
        var ticket = Ticket.Register(new TicketId("GD-20261228-0001"), TicketCategory.Complaint, "供暖不足", policy, Operator, Beijing("2026-12-28 09:50"));
        ticket.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-12-28 10:00"));

        ticket.SignIn(HousingClerk, Beijing("2026-12-28 10:30"));

        var signed = (TicketSignedIn)ticket.History[^1];
        signed.IsProvisional.Should().BeTrue("the calendar ends on 2026-12-31 and the count needs days after it");
        (signed.DueDate > D("2026-12-31")).Should().BeTrue("the due date lies beyond the coverage");
        ticket.Deadline!.Value.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void A_dispatch_whose_deadline_the_calendar_covers_records_it_as_final()
    {
        var policy = Policy.ToBuilder().AllowProvisionalDeadlines().Build();
        var ticket = Ticket.Register(new TicketId("GD-20261102-0001"), TicketCategory.Complaint, "供暖不足", policy, Operator, Beijing("2026-11-02 09:50"));

        ticket.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-11-02 10:00"));

        ((TicketDispatched)ticket.History[^1]).IsProvisional.Should().BeFalse();
    }

    private static Ticket RepliedUnderReview()
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天", Reviewing, Operator, Beijing("2026-09-30 15:50"));
        t.Dispatch(Housing, Complexity.EspeciallyComplex, Dispatcher, Beijing("2026-09-30 16:00"));
        t.SignIn(HousingClerk, Beijing("2026-09-30 16:30"));
        t.Reply("已维修电梯", true, HousingClerk, Beijing("2026-10-15 10:00"));
        return t;
    }

    private static Ticket StatutoryPeriodRequested()
    {
        var t = SignedReport();
        t.RequestStatutoryPeriod(StatutoryDue, "《信访工作条例》第三十二条", HousingClerk, Beijing("2026-10-12 09:00"));
        return t;
    }

    // An instant an hour after the ticket's last event: never before it, and the same for every action.
    private static Instant Later(Ticket ticket) => ticket.History[^1].At + Duration.FromHours(1);
}
