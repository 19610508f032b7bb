using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Moments;
using static Hotline.Domain.Tests.Tickets.TicketFixtures;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>
/// 及时签收率, 响应率, 签收超时 and 联系超时 on October 2025 under the step policy (sign-in within 2 working hours, 特急 15
/// minutes; contact within 1 working day, 紧急 30 minutes), as of Monday 2025-10-20 12:00.
/// </summary>
public class OctoberStepTests
{
    private static readonly DateInterval October = new(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31));
    private static readonly Instant AsOf = Beijing("2025-10-20 12:00");

    private static Ticket Dispatch(string id, Urgency urgency, UnitId unit, string at)
    {
        var t = Ticket.Register(new TicketId(id), TicketCategory.Complaint, "小区停水", StepPolicy, Operator, Beijing(at), urgency);
        t.Dispatch(unit, Complexity.General, Dispatcher, Beijing(at));
        return t;
    }

    // A: signed 10:30 before its 11:00 due, contacted the same afternoon. B: signed at 11:00 (late), never contacted (due
    // 10-11 00:00, the end of the first working day after the dispatch). C: 紧急 on the make-up Saturday 10-11, contacted within 30 minutes, never signed (due 12:00). D:
    // dispatched at 11:00 on the as-of day, nothing due yet. E: returned before its sign-in due: out of both counts.
    // F (城管局): 特急, signed within 15 minutes, contacted within the working day.
    private static List<Ticket> Tickets()
    {
        var housing = Actor.OfUnit(Housing, "zj-11");
        var urban = Actor.OfUnit(Urban, "cg-21");
        var a = Dispatch("GD-A", Urgency.Normal, Housing, "2025-10-09 09:00");
        a.SignIn(housing, Beijing("2025-10-09 10:30"));
        a.ContactRequester("联系", housing, Beijing("2025-10-09 15:00"));
        var b = Dispatch("GD-B", Urgency.Normal, Housing, "2025-10-09 09:00");
        b.SignIn(housing, Beijing("2025-10-09 11:00"));
        var c = Dispatch("GD-C", Urgency.Urgent, Housing, "2025-10-11 10:00");
        c.ContactRequester("联系", housing, Beijing("2025-10-11 10:20"));
        var d = Dispatch("GD-D", Urgency.Normal, Housing, "2025-10-20 11:00");
        var e = Dispatch("GD-E", Urgency.Normal, Housing, "2025-10-09 09:00");
        e.Return("非本单位职责", housing, Beijing("2025-10-09 09:30"));
        var f = Dispatch("GD-F", Urgency.ExtremelyUrgent, Urban, "2025-10-13 09:00");
        f.SignIn(urban, Beijing("2025-10-13 09:10"));
        f.ContactRequester("联系", urban, Beijing("2025-10-13 16:00"));
        return [a, b, c, d, e, f];
    }

    [Fact]
    public void The_timely_sign_in_and_response_rates_count_steps_met_or_past_due_by_the_as_of_instant()
    {
        var report = Assessment.Of(Tickets(), October, AsOf);

        var housing = report.For(Housing)!;
        (housing.Dispatched, housing.SignInsDue, housing.SignedInOnTime, housing.ContactsDue, housing.ContactedOnTime).Should().Be((5, 3, 1, 3, 2));
        housing.TimelySignInRate.Should().Be(new Rate(1, 3));
        housing.ResponseRate.Should().Be(new Rate(2, 3));
        housing.SignInRate.Should().Be(new Rate(2, 5), "签收率 still counts signed, not signed on time");
        var urban = report.For(Urban)!;
        (urban.TimelySignInRate, urban.ResponseRate).Should().Be((new Rate(1, 1), new Rate(1, 1)));
        (report.CityWide.TimelySignInRate, report.CityWide.ResponseRate).Should().Be((new Rate(2, 4), new Rate(3, 4)));
    }

    [Fact]
    public void A_step_due_after_the_as_of_instant_counts_once_it_has_passed()
    {
        var later = Assessment.Of(Tickets(), October, Beijing("2025-10-21 00:00")).For(Housing)!;
        (later.SignInsDue, later.SignedInOnTime, later.ContactsDue, later.ContactedOnTime).Should().Be((4, 1, 3, 2), "D's sign-in limit (15:00) has passed, its contact limit (24:00 on 10-21) not yet");
    }

    [Fact]
    public void The_two_rates_rank_and_check_against_targets()
    {
        var report = Assessment.Of(Tickets(), October, AsOf);

        report.Rank(AssessmentIndicator.TimelySignInRate, TieRanking.Competition).Select(r => (r.Unit.Value, r.Rank)).Should().Equal(("城管局", 1), ("住建局", 2));
        report.Check(RateTarget.AtLeast(AssessmentIndicator.ResponseRate, 90m)).Select(c => (c.Unit.Value, c.Met)).Should().Equal(("住建局", false), ("城管局", true));
        AssessmentIndicator.ResponseRate.RateOf(report.For(Housing)!).Should().Be(new Rate(2, 3));
    }

    [Fact]
    public void Stored_counts_with_the_step_counts_combine_exactly()
    {
        var tickets = Tickets();
        var whole = Assessment.Of(tickets, October, AsOf);
        var parts = Assessment.Of(tickets.Take(3), October, AsOf).Combine(Assessment.Of(tickets.Skip(3), October, AsOf));
        parts.CityWide.Should().Be(whole.CityWide);

        var h = whole.For(Housing)!;
        var stored = UnitAssessment.FromCounts(Housing, h.Dispatched, h.Signed, h.Due, h.Replied, h.RepliedOnTime, h.CalledBack, h.Resolved, h.Satisfied, h.Reopened,
            h.SignInsDue, h.SignedInOnTime, h.ContactsDue, h.ContactedOnTime);
        stored.Should().Be(h);
    }

    [Fact]
    public void Late_and_missing_sign_ins_and_contacts_are_findings_with_the_ladders_measure()
    {
        var findings = AccountabilityReview.Review(Tickets(), AsOf)
            .Where(f => f.Rule == AccountabilityRule.SignInLate || f.Rule == AccountabilityRule.ContactLate).ToList();

        findings.Select(f => (f.Unit.Value, f.Ticket!.Value, f.Rule.Code, f.RecommendedMeasure.Name, f.WorkingDaysPastDeadline)).Should().Equal(
            ("住建局", "GD-B", "sign-in-late", "Reminder", (int?)null),
            ("住建局", "GD-B", "contact-late", "Reminder", (int?)null),
            ("住建局", "GD-C", "sign-in-late", "Reminder", (int?)null));
        findings[0].Facts.Should().Equal(
            new FindingFact(FactKind.Dispatched, Beijing("2025-10-09 09:00")), new FindingFact(FactKind.SignInDue, Beijing("2025-10-09 11:00")),
            new FindingFact(FactKind.SignedIn, Beijing("2025-10-09 11:00")));
        findings[1].Facts.Should().Equal(
            new FindingFact(FactKind.Dispatched, Beijing("2025-10-09 09:00")), new FindingFact(FactKind.ContactDue, Beijing("2025-10-11 00:00")),
            new FindingFact(FactKind.AsOf, AsOf));
        findings[2].Facts[2].Should().Be(new FindingFact(FactKind.AsOf, AsOf));
        findings.Should().OnlyContain(f => f.AtFault == AccountableParty.Unit);
    }

    [Fact]
    public void The_findings_explain_the_dispatch_the_due_instant_and_the_step()
    {
        var findings = AccountabilityReview.Review(Tickets(), AsOf);

        findings.Single(f => f.Rule == AccountabilityRule.SignInLate && f.Ticket!.Value == "GD-B").Reasons.Should().Equal(
            "签收超时: dispatched 2025-10-09 09:00, signed for 2025-10-09 11:00; it was due before 2025-10-09 11:00 (0 min late).",
            "The ladder's measure for 签收超时: 催办 (Reminder).");
        findings.Single(f => f.Rule == AccountabilityRule.ContactLate).Reasons[0].Should().Be(
            "联系超时: dispatched 2025-10-09 09:00, the requester not contacted by 2025-10-20 12:00; it was due before 2025-10-11 00:00.");
    }

    [Fact]
    public void A_late_first_contact_and_a_missing_sign_in_are_explained_in_their_own_words()
    {
        var t = Dispatch("GD-G", Urgency.Urgent, Housing, "2025-10-13 09:00");
        t.ContactRequester("联系", Actor.OfUnit(Housing, "zj-11"), Beijing("2025-10-13 10:00"));

        var findings = AccountabilityReview.Review([t], AsOf);

        var contact = findings.Single(f => f.Rule == AccountabilityRule.ContactLate);
        contact.Facts[2].Should().Be(new FindingFact(FactKind.Contacted, Beijing("2025-10-13 10:00")));
        contact.Reasons[0].Should().Be(
            "联系超时: dispatched 2025-10-13 09:00, first contacted the requester 2025-10-13 10:00; it was due before 2025-10-13 09:30 (30 min late).");
        findings.Single(f => f.Rule == AccountabilityRule.SignInLate).Reasons[0].Should().Be(
            "签收超时: dispatched 2025-10-13 09:00, not signed for by 2025-10-20 12:00; it was due before 2025-10-13 11:00.");
    }

    [Fact]
    public void A_step_not_taken_counts_as_late_at_its_due_instant_itself()
    {
        // D (dispatched 2025-10-20 11:00): sign-in due 15:00 that day; first contact due 2025-10-22 00:00.
        var atSignInDue = Assessment.Of(Tickets(), October, Beijing("2025-10-20 15:00")).For(Housing)!;
        var atContactDue = Assessment.Of(Tickets(), October, Beijing("2025-10-22 00:00")).For(Housing)!;

        atSignInDue.SignInsDue.Should().Be(4);
        atContactDue.ContactsDue.Should().Be(4);
    }

    [Theory]
    [InlineData(30, "30 min")]
    [InlineData(59, "59 min")]
    [InlineData(60, "1 h 0 min")]
    [InlineData(60 * 24 - 1, "23 h 59 min")]
    [InlineData(60 * 24, "1 d 0 h")]
    [InlineData(150, "2 h 30 min")]
    [InlineData(60 * 50, "2 d 2 h")]
    public void A_late_steps_lateness_is_written_in_minutes_hours_or_days(int minutesLate, string written)
    {
        var t = Dispatch("GD-L", Urgency.ExtremelyUrgent, Housing, "2025-10-13 09:00");
        t.SignIn(Actor.OfUnit(Housing, "zj-11"), Beijing("2025-10-13 09:15") + Duration.FromMinutes(minutesLate));

        var finding = AccountabilityReview.Review([t], Beijing("2025-10-20 12:00")).Single(f => f.Rule == AccountabilityRule.SignInLate);
        finding.Reasons[0].Should().EndWith($"({written} late).");
    }

    [Fact]
    public void A_city_sets_its_own_measure_for_the_step_rules()
    {
        var ladder = EscalationLadder.CreateBuilder()
            .Recommend(AccountabilityRule.SignInLate, Measure.SupervisionNotice)
            .Recommend(AccountabilityRule.ContactLate, Measure.Rectification)
            .Build();

        var findings = AccountabilityReview.Review(Tickets(), AsOf, ladder);

        findings.Where(f => f.Rule == AccountabilityRule.SignInLate).Should().OnlyContain(f => f.RecommendedMeasure == Measure.SupervisionNotice);
        findings.Single(f => f.Rule == AccountabilityRule.ContactLate).RecommendedMeasure.Should().Be(Measure.Rectification);
        EscalationLadder.Default.MeasureFor(AccountabilityRule.SignInLate).Should().Be(Measure.Reminder);
        EscalationLadder.Default.MeasureFor(AccountabilityRule.ContactLate).Should().Be(Measure.Reminder);
    }

    [Fact]
    public void The_public_rules_and_the_reviewed_ticket_see_the_same_steps()
    {
        var b = Tickets()[1];
        var reviewed = ReviewedTicket.Of(b, AsOf);
        (reviewed.SignInDueAt, reviewed.SignedInAt, reviewed.ContactDueAt, reviewed.RequesterContactedAt)
            .Should().Be((Beijing("2025-10-09 11:00"), Beijing("2025-10-09 11:00"), Beijing("2025-10-11 00:00"), (Instant?)null));

        var into = new List<Finding>();
        BuiltInRules.SignInLate.Evaluate(reviewed, EscalationLadder.Default, into);
        BuiltInRules.ContactLate.Evaluate(reviewed, EscalationLadder.Default, into);
        into.Select(f => f.Rule).Should().Equal(AccountabilityRule.SignInLate, AccountabilityRule.ContactLate);
    }

    [Fact]
    public void Tickets_without_step_limits_give_no_step_findings_and_empty_rates()
    {
        var report = Assessment.Of(NovemberTickets.All(), NovemberTickets.November, NovemberTickets.AsOf);
        (report.CityWide.SignInsDue, report.CityWide.ContactsDue).Should().Be((0, 0));
        report.CityWide.TimelySignInRate.Should().Be(new Rate(0, 0));
        AccountabilityReview.Review(NovemberTickets.All(), NovemberTickets.AsOf)
            .Should().NotContain(f => f.Rule == AccountabilityRule.SignInLate || f.Rule == AccountabilityRule.ContactLate);
    }

    [Fact]
    public void Stored_step_counts_are_checked_against_the_counts_they_are_part_of()
    {
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0)).Should().Throw<ArgumentException>().WithParameterName("signInsDue");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 3, 4, 0, 0)).Should().Throw<ArgumentException>().WithParameterName("signedInOnTime");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0)).Should().Throw<ArgumentException>()
            .WithParameterName("signedInOnTime").WithMessage("signedInOnTime (3) cannot exceed signedFor (2)*");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0)).Should().Throw<ArgumentException>().WithParameterName("contactsDue");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4)).Should().Throw<ArgumentException>().WithParameterName("contactedOnTime");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0)).Should().Throw<ArgumentException>().WithParameterName("signInsDue");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0)).Should().Throw<ArgumentException>().WithParameterName("signedInOnTime");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0)).Should().Throw<ArgumentException>().WithParameterName("contactsDue");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1)).Should().Throw<ArgumentException>().WithParameterName("contactedOnTime");
        FluentActions.Invoking(() => UnitAssessment.FromCounts(Housing, 5, 5, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0, 0)).Should().Throw<ArgumentException>()
            .WithParameterName("signedInOnTime").WithMessage("signedInOnTime (3) cannot exceed signInsDue (2)*");
        UnitAssessment.FromCounts(Housing, 5, 2, 0, 0, 0, 0, 0, 0, 0, 5, 2, 5, 5).ResponseRate.Should().Be(new Rate(5, 5));
    }
}
