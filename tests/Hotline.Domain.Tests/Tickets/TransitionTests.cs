using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Every action from every status, by the right actor: allowed where the loop says so, refused with the rule otherwise.</summary>
public class TransitionTests
{
    private static readonly Instant Later = Beijing("2026-10-17 09:00");

    private static readonly Dictionary<string, Func<Ticket>> States = new()
    {
        ["registered"] = () => Registered(),
        ["dispatched"] = () => Dispatched(),
        ["returned"] = () => Returned(),
        ["in-progress"] = () => Signed(),
        ["extension-pending"] = () =>
        {
            var t = Signed();
            t.RequestExtension(3, "需协调", HousingClerk, Beijing("2026-10-12 09:00"));
            return t;
        },
        ["replied"] = () => Replied(),
        ["called-back"] = () => CalledBack(false, Satisfaction.Dissatisfied),
        ["closed"] = Closed,
        ["answered-directly"] = () =>
        {
            var t = Registered(TicketCategory.Consultation);
            t.AnswerDirectly("知识库答复", Operator, Beijing("2026-09-30 15:55"));
            return t;
        },
        ["merged"] = () =>
        {
            var t = Dispatched();
            t.MergeInto(new TicketId("GD-MASTER"), Dispatcher, Beijing("2026-09-30 16:05"));
            return t;
        },
    };

    private static readonly Dictionary<string, Action<Ticket>> Actions = new()
    {
        ["answer"] = t => t.AnswerDirectly("知识库答复", Operator, Later),
        ["dispatch"] = t => t.Dispatch(Urban, Complexity.General, Dispatcher, Later),
        ["sign"] = t => t.SignIn(HousingClerk, Later),
        ["return"] = t => t.Return("非本单位职责", HousingClerk, Later),
        ["reject-return"] = t => t.RejectReturn("属于该单位职责", Dispatcher, Later),
        ["request-extension"] = t => t.RequestExtension(3, "需协调", HousingClerk, Later),
        ["approve"] = t => t.ApproveExtension(Supervisor, Later),
        ["deny"] = t => t.DenyExtension("理由不足", Supervisor, Later),
        ["reply"] = t => t.Reply("已处理", true, HousingClerk, Later),
        ["callback"] = t => t.RecordCallback(true, Satisfaction.Satisfied, Operator, Later),
        ["reopen"] = t => t.Reopen("不满意", Supervisor, Later),
        ["close"] = t => t.Close(Supervisor, Later),
        ["merge"] = t => t.MergeInto(new TicketId("GD-MASTER"), Dispatcher, Later),
    };

    private static readonly Dictionary<string, (string[] Allowed, TicketStatus? After)> Loop = new()
    {
        ["registered"] = (["answer", "dispatch", "merge"], null),
        ["dispatched"] = (["sign", "return", "merge"], null),
        ["returned"] = (["dispatch", "reject-return", "merge"], null),
        ["in-progress"] = (["request-extension", "reply", "merge"], null),
        ["extension-pending"] = (["approve", "deny", "reply", "merge"], null),
        ["replied"] = (["callback", "close"], null),
        ["called-back"] = (["reopen", "close"], null),
        ["closed"] = ([], null),
        ["answered-directly"] = ([], null),
        ["merged"] = ([], null),
    };

    private static readonly string[] UnitActions = ["sign", "return", "request-extension", "reply"];

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in States.Keys)
        {
            foreach (var action in Actions.Keys)
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_action_is_allowed_only_from_the_statuses_of_the_closed_loop(string state, string action)
    {
        var ticket = States[state]();
        var before = Snapshot(ticket);
        var version = ticket.Version;
        var act = () => Actions[action](ticket);

        if (Loop[state].Allowed.Contains(action))
        {
            act.Should().NotThrow();
            ticket.Version.Should().Be(version + 1, "one event per accepted action");
            ticket.History[^1].Sequence.Should().Be(ticket.Version);
            ticket.History[^1].At.Should().Be(Later);
            return;
        }

        var expected = ExpectedRule(state, action);
        act.Should().Throw<TicketRuleException>().Which.Rule.Should().Be(expected);
        Snapshot(ticket).Should().BeEquivalentTo(before, o => o.ComparingByValue<HandlingDeadline>(), "a refused action leaves the ticket exactly as it was");
    }

    private static TicketRule ExpectedRule(string state, string action)
    {
        if (state is "closed" or "answered-directly" or "merged")
        {
            return TicketRule.NothingAfterClose;
        }

        if (state == "registered" && UnitActions.Contains(action))
        {
            return TicketRule.DispatchedUnitOnly;
        }

        if (action is "approve" or "deny")
        {
            return TicketRule.PendingExtensionOnly;
        }

        return state == "extension-pending" && action == "request-extension" ? TicketRule.ExtensionPendingDecision : TicketRule.AllowedStatus;
    }

    [Fact]
    public void No_second_sign_in()
    {
        var ticket = Signed();
        var act = () => ticket.SignIn(HousingClerk, Later);
        act.Should().Throw<TicketStateException>().WithMessage("*[allowed-status]*办理中 (InProgress)*sign for*已派单 (Dispatched)*");
    }

    [Fact]
    public void No_reply_before_sign_in()
    {
        var ticket = Dispatched();
        ticket.Refuses<TicketStateException>(() => ticket.Reply("已处理", true, HousingClerk, Later), TicketRule.AllowedStatus);
    }

    [Fact]
    public void No_second_reply_in_a_round()
    {
        var ticket = Replied();
        ticket.Refuses<TicketStateException>(() => ticket.Reply("补充答复", true, HousingClerk, Later), TicketRule.AllowedStatus);
    }

    [Fact]
    public void No_callback_before_a_reply()
    {
        var ticket = Signed();
        ticket.Refuses<TicketStateException>(() => ticket.RecordCallback(true, Satisfaction.Satisfied, Operator, Later), TicketRule.AllowedStatus);
    }

    [Fact]
    public void No_dispatch_of_a_signed_ticket()
    {
        var ticket = Signed();
        ticket.Refuses<TicketStateException>(() => ticket.Dispatch(Urban, Complexity.General, Dispatcher, Later), TicketRule.AllowedStatus);
    }

    [Fact]
    public void Nothing_at_all_after_close_a_new_complaint_is_a_new_ticket()
    {
        var ticket = Closed();
        var act = () => ticket.Reopen("再次投诉", Supervisor, Later);
        act.Should().Throw<TicketStateException>().WithMessage("*[nothing-after-close]*new ticket*");
    }

    [Theory]
    [InlineData(true, "Satisfied")]
    [InlineData(true, "VerySatisfied")]
    [InlineData(true, "BasicallySatisfied")]
    public void A_resolved_and_satisfied_callback_cannot_be_reopened_basically_satisfied_counts_as_satisfied(bool resolved, string satisfaction)
    {
        var ticket = CalledBack(resolved, Satisfaction.FromName(satisfaction));
        ticket.Refuses<TicketStateException>(() => ticket.Reopen("不满意", Supervisor, Later), TicketRule.ReopenNeedsDissatisfaction);
    }

    [Theory]
    [InlineData(false, "Satisfied")]
    [InlineData(true, "Dissatisfied")]
    [InlineData(true, "VeryDissatisfied")]
    [InlineData(false, "VeryDissatisfied")]
    public void An_unresolved_or_dissatisfied_callback_can_be_reopened(bool resolved, string satisfaction)
    {
        var ticket = CalledBack(resolved, Satisfaction.FromName(satisfaction));
        ticket.Reopen("重办", Supervisor, Later);
        ticket.ReopenCount.Should().Be(1);
    }

    [Fact]
    public void A_second_reopen_needs_a_new_reply_and_callback_first()
    {
        var ticket = CalledBack(false, Satisfaction.Dissatisfied);
        ticket.Reopen("第一次重办", Supervisor, Beijing("2026-10-16 11:00"));

        var again = () => ticket.Reopen("第二次重办", Supervisor, Later);
        again.Should().Throw<TicketStateException>().Which.Rule.Should().Be(TicketRule.AllowedStatus);

        ticket.Reply("再次处理", false, HousingClerk, Beijing("2026-10-20 10:00"));
        again.Should().Throw<TicketStateException>().Which.Rule.Should().Be(TicketRule.AllowedStatus);
        ticket.RecordCallback(false, Satisfaction.VeryDissatisfied, Operator, Beijing("2026-10-21 10:00"));
        ticket.Reopen("第二次重办", Supervisor, Beijing("2026-10-21 11:00"));
        ticket.ReopenCount.Should().Be(2);
    }

    [Fact]
    public void A_returned_ticket_is_re_dispatched_to_another_unit_not_to_the_one_that_returned_it()
    {
        var ticket = Returned();
        ticket.Refuses<TicketStateException>(() => ticket.Dispatch(Housing, Complexity.General, Dispatcher, Later), TicketRule.RedispatchToAnotherUnit);
    }

    [Fact]
    public void A_ticket_is_not_merged_into_itself()
    {
        var ticket = Dispatched();
        ticket.Refuses<TicketStateException>(() => ticket.MergeInto(new TicketId("GD-20260930-0001"), Dispatcher, Later), TicketRule.MergeIntoAnother);
    }

    [Fact]
    public void Close_is_allowed_right_after_the_reply_without_a_callback()
    {
        var ticket = Replied();
        ticket.Close(Supervisor, Later);
        ticket.Status.Should().Be(TicketStatus.Closed);
    }
}
