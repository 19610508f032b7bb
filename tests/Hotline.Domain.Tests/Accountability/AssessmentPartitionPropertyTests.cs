using CsCheck;
using Hotline.Domain.Accountability;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Tickets;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Accountability;

public class AssessmentPartitionPropertyTests
{
    // As-of instants stay inside 2026, the mainland calendar's coverage: a lateness counted into 2027 would (rightly)
    // throw CalendarCoverageException under a policy that rejects provisional answers.
    private static readonly Gen<(TicketScripts.Script[] Scripts, int[] Parts, int Month, int AsOfDay)> Cases =
        Gen.Select(TicketScripts.ScriptGen.Array[1, 25], Gen.Int[0, 3].Array[25], Gen.Int[1, 11], Gen.Int[0, 355]);

    [Fact]
    public void Assessing_random_partitions_and_combining_equals_assessing_the_whole()
    {
        Cases.Sample(c =>
        {
            var tickets = c.Scripts.Select((s, i) => TicketScripts.Run(s, $"GD-{i:D4}", HandlingPolicy.Baoji2019)).ToArray();
            var period = new DateInterval(new LocalDate(2026, c.Month, 1), new LocalDate(2026, c.Month, 1).PlusMonths(1).PlusDays(-1));
            var asOf = Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(c.AsOfDay) + Duration.FromMinutes(c.AsOfDay * 7);

            var whole = Assessment.Of(tickets, period, asOf);
            var parts = Enumerable.Range(0, 4)
                .Select(p => Assessment.Of(tickets.Where((_, i) => c.Parts[i] == p), period, asOf))
                .ToArray();
            var combined = parts.Aggregate((a, b) => a.Combine(b));

            combined.Units.Should().Equal(whole.Units);
            combined.CityWide.Should().Be(whole.CityWide);

            // The same through stored counts: each partition's lines saved as numbers and rebuilt.
            var stored = parts.SelectMany(p => p.Units).Select(u => UnitAssessment.FromCounts(
                new UnitId(u.Unit!.Value), u.Dispatched, u.Signed, u.Due, u.Replied, u.RepliedOnTime, u.CalledBack, u.Resolved, u.Satisfied, u.Reopened,
                u.SignInsDue, u.SignedInOnTime, u.ContactsDue, u.ContactedOnTime).WithSupervisionAndJointCounts(u.Reminded, u.AssistingDue, u.AssistingOnTime)
                .WithCallbackCounts(u.UnreachableCallbacks, u.ExemptCallbacks));
            var rebuilt = Assessment.FromUnits(period, asOf, AssessmentOptions.Default, stored);
            rebuilt.Units.Should().Equal(whole.Units);
            rebuilt.CityWide.Should().Be(whole.CityWide);
            whole.CityWide.Dispatched.Should().Be(whole.Units.Sum(u => u.Dispatched));

            var review = AccountabilityReview.Review(tickets, asOf);
            AccountabilityReview.Combine(Enumerable.Range(0, 4).Select(p => AccountabilityReview.Review(tickets.Where((_, i) => c.Parts[i] == p), asOf)))
                .Should().Equal(review);
        });
    }

    private static readonly Gen<(int Ticket, bool Whole, bool Approved, int Day)[]> DecisionGen =
        Gen.Select(Gen.Int[0, 26], Gen.Bool, Gen.Bool, Gen.Int[0, 355]).Array[0, 12];

    [Fact]
    public void Partitions_under_an_exemption_ledger_combine_into_the_whole_with_its_exclusions()
    {
        Gen.Select(Cases, DecisionGen).Sample((c, ledger) =>
        {
            var tickets = c.Scripts.Select((s, i) => TicketScripts.Run(s, $"GD-{i:D4}", HandlingPolicy.Baoji2019)).ToArray();
            var period = new DateInterval(new LocalDate(2026, c.Month, 1), new LocalDate(2026, c.Month, 1).PlusMonths(1).PlusDays(-1));
            var asOf = Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(c.AsOfDay);
            var options = AssessmentOptions.Default.ExcludingBasicallyResolved().WithExemptions(ledger.Select(d => new ExemptionDecision(
                new TicketId($"GD-{d.Ticket:D4}"), ExemptionReason.Other, d.Whole ? ExemptionScope.WholeTicket : ExemptionScope.Satisfaction,
                d.Approved, "甄别", "kh-01", Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(d.Day))));

            var whole = Assessment.Of(tickets, period, asOf, options);
            var combined = Enumerable.Range(0, 4)
                .Select(p => Assessment.Of(tickets.Where((_, i) => c.Parts[i] == p), period, asOf, options))
                .Aggregate((a, b) => a.Combine(b));

            combined.Units.Should().Equal(whole.Units);
            combined.CityWide.Should().Be(whole.CityWide);
            combined.Exclusions.Select(x => (x.Decision, x.Effect, x.Unit)).Should().Equal(whole.Exclusions.Select(x => (x.Decision, x.Effect, x.Unit)));
            whole.Exclusions.Should().HaveCount(ledger.Count(d => Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(d.Day) <= asOf));

            // An exemption only ever takes counts away.
            var plain = Assessment.Of(tickets, period, asOf, AssessmentOptions.Default.ExcludingBasicallyResolved()).CityWide;
            whole.CityWide.Dispatched.Should().BeLessThanOrEqualTo(plain.Dispatched);
            (whole.CityWide.CallbacksAssessed <= plain.CallbacksAssessed).Should().BeTrue();
            whole.CityWide.Resolved.Should().BeLessThanOrEqualTo(plain.Resolved);
        });
    }

    [Fact]
    public void Accumulating_ticket_by_ticket_and_combining_partitions_equals_the_assessment_and_reviewing_one_ticket_at_a_time_the_review()
    {
        Gen.Select(Cases, DecisionGen).Sample((c, ledger) =>
        {
            var tickets = c.Scripts.Select((s, i) => TicketScripts.Run(s, $"GD-{i:D4}", HandlingPolicy.Baoji2019)).ToArray();
            var period = new DateInterval(new LocalDate(2026, c.Month, 1), new LocalDate(2026, c.Month, 1).PlusMonths(1).PlusDays(-1));
            var asOf = Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(c.AsOfDay);
            var options = AssessmentOptions.Default.WithExemptions(ledger.Select(d => new ExemptionDecision(
                new TicketId($"GD-{d.Ticket:D4}"), ExemptionReason.Other, d.Whole ? ExemptionScope.WholeTicket : ExemptionScope.Satisfaction,
                d.Approved, "甄别", "kh-01", Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(d.Day))));
            var whole = Assessment.Of(tickets, period, asOf, options);

            var parts = Enumerable.Range(0, 4).Select(_ => new AssessmentAccumulator(period, asOf, options)).ToArray();
            for (var i = 0; i < tickets.Length; i++)
            {
                parts[c.Parts[i]].Add(tickets[i]);
            }

            parts[0].Combine(parts[1]);
            parts[2].Combine(parts[3]);
            parts[0].Combine(parts[2]);
            var streamed = parts[0].ToAssessment();

            streamed.Units.Should().Equal(whole.Units);
            streamed.CityWide.Should().Be(whole.CityWide);
            streamed.Exclusions.Select(x => (x.Decision, x.Effect, x.Unit)).Should().Equal(whole.Exclusions.Select(x => (x.Decision, x.Effect, x.Unit)));

            var review = AccountabilityReview.Review(tickets, asOf);
            var oneByOne = tickets.Select(t => AccountabilityReview.ReviewTicket(t, asOf, EscalationLadder.Default, AccountabilityRuleSet.BuiltIn)).ToArray();
            AccountabilityReview.Combine(oneByOne).Should().Equal(review);
            oneByOne.Should().OnlyContain(part => part.SequenceEqual(part.OrderBy(f => f, Comparer<Finding>.Create(Finding.Compare))));
        });
    }

    [Fact]
    public void A_rehydrated_ticket_is_assessed_and_reviewed_as_the_live_one()
    {
        Cases.Sample(c =>
        {
            var live = c.Scripts.Select((s, i) => TicketScripts.Run(s, $"GD-{i:D4}", HandlingPolicy.Baoji2019)).ToArray();
            var replayed = live.Select(t => Ticket.Rehydrate(HandlingPolicy.Baoji2019, t.History)).ToArray();
            var asOf = Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(c.AsOfDay);
            var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

            Assessment.Of(replayed, year, asOf).Units.Should().Equal(Assessment.Of(live, year, asOf).Units);
            AccountabilityReview.Review(replayed, asOf).Should().Equal(AccountabilityReview.Review(live, asOf));
        });
    }

    [Fact]
    public void Counts_never_contradict_each_other()
    {
        Cases.Sample(c =>
        {
            var tickets = c.Scripts.Select((s, i) => TicketScripts.Run(s, $"GD-{i:D4}", HandlingPolicy.Baoji2019)).ToArray();
            var asOf = Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromDays(c.AsOfDay);
            var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

            var a = Assessment.Of(tickets, year, asOf).CityWide;

            a.Signed.Should().BeLessThanOrEqualTo(a.Dispatched);
            a.Replied.Should().BeLessThanOrEqualTo(a.Due);
            a.Due.Should().BeLessThanOrEqualTo(a.Dispatched);
            a.RepliedOnTime.Should().BeLessThanOrEqualTo(a.Replied);
            a.CalledBack.Should().BeLessThanOrEqualTo(a.Replied);
            a.Resolved.Should().BeLessThanOrEqualTo(a.CalledBack);
            a.Satisfied.Should().BeLessThanOrEqualTo(a.CalledBack);
            a.Reopened.Should().BeLessThanOrEqualTo(a.Dispatched);

            a.UnreachableCallbacks.Should().BeLessThanOrEqualTo(a.Replied - a.CalledBack);
            a.ExemptCallbacks.Should().Be(0);

            // The review reads the same digest: every due, unreplied ticket is overdue but one terminated before its
            // deadline (due from the termination, never late), every late reply is found.
            var terminatedInTime = tickets.Count(t => t.History.OfType<TicketTerminationApproved>().Any(e => e.At <= asOf && e.At < t.Deadline!.Value.DueAt));
            var findings = AccountabilityReview.Review(tickets, asOf);
            findings.Count(f => f.Rule == AccountabilityRule.OverdueUnreplied).Should().Be(a.Due - a.Replied - terminatedInTime);
            findings.Count(f => f.Rule == AccountabilityRule.RepliedLate).Should().Be(a.Replied - a.RepliedOnTime);
            findings.Count(f => f.Rule == AccountabilityRule.RepeatedReopening).Should().BeLessThanOrEqualTo(a.Reopened);
        });
    }
}
