using Hotline.Domain.Accountability;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>Stored histories whose recorded deadlines are absurd (loaded as drift: the recorded deadline wins) never crash the review or the assessment.</summary>
public class AccountabilityHostileHistoryTests
{
    private static readonly Instant Start = Beijing("2026-11-02 09:00");

    private static IEnumerable<TicketEvent> History(LocalDate dueDate, Instant dueAt, bool replied, bool onTime)
    {
        yield return new TicketRegistered(1, Start, null, "op-01", "GD-HOSTILE", "complaint", "投诉");
        yield return new TicketDispatched(2, Start, null, "dp-02", "住建局", "general", Start, 10, dueDate, dueAt, false);
        yield return new TicketSignedIn(3, Start, "住建局", "zj-11", null, null, null, null, false);
        if (replied)
        {
            yield return new TicketReplied(4, Beijing("2026-11-20 10:00"), "住建局", "zj-11", "已处理", true, onTime);
        }
    }

    [Fact]
    public void Absurd_recorded_deadlines_give_findings_or_domain_errors_never_a_crash()
    {
        var cases = new[]
        {
            (LocalDate.MaxIsoValue, Instant.MaxValue), (new LocalDate(2026, 11, 16), Instant.MaxValue),
            (LocalDate.MaxIsoValue, Beijing("2026-11-17 00:00")), (LocalDate.MinIsoValue, Beijing("2026-11-03 00:00")),
            (new LocalDate(2026, 11, 16), Instant.MinValue),
        };
        foreach (var (date, at) in cases)
        {
            foreach (var (replied, onTime) in new[] { (false, false), (true, true), (true, false) })
            {
                Ticket ticket;
                try
                {
                    ticket = Ticket.Rehydrate(Policy, History(date, at, replied, onTime));
                }
                catch (HotlineDomainException)
                {
                    continue; // refused as malformed: nothing to review
                }

                foreach (var asOf in new[] { AsOf, Beijing("2026-11-02 09:00"), Preconditions.Latest })
                {
                    try
                    {
                        var findings = AccountabilityReview.Review([ticket], asOf);
                        findings.SelectMany(f => f.Reasons).Should().NotContain(r => r.Length == 0);
                    }
                    catch (HotlineDomainException)
                    {
                        // e.g. CalendarCoverageException: a lateness counted outside the calendar's coverage.
                    }

                    var assessment = Assessment.Of([ticket], November, asOf);
                    assessment.CityWide.Dispatched.Should().BeLessThanOrEqualTo(1);
                }
            }
        }
    }

    [Fact]
    public void The_recorded_deadline_wins_over_what_the_policy_computes_today()
    {
        // Recorded due Wed 11-18 (the policy computes Mon 11-16 today): loaded with drift, judged on 11-18.
        var ticket = Ticket.Rehydrate(Policy, History(new LocalDate(2026, 11, 18), Beijing("2026-11-19 00:00"), replied: false, onTime: false));
        ticket.DeadlineDrifts.Should().NotBeEmpty();

        var finding = AccountabilityReview.Review([ticket], AsOf).Single();

        finding.WorkingDaysPastDeadline.Should().Be(9, "11-19, 20, 23–27, 30 and 12-01");
        finding.RecommendedMeasure.Should().Be(Measure.Criticism);
        finding.Facts[1].Should().Be(new FindingFact(FactKind.Due, Beijing("2026-11-19 00:00")));
        Assessment.Of([ticket], November, Beijing("2026-11-18 12:00")).CityWide.Due.Should().Be(0, "by the recorded deadline it is not yet due");
    }
}
