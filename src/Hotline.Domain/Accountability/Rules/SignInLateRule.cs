using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>签收超时: the latest dispatch's sign-in came at or after its due instant, or has not come by the as-of instant once it passed.</summary>
internal sealed class SignInLateRule : BuiltInRule
{
    public override AccountabilityRule Rule => AccountabilityRule.SignInLate;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if (d.SignInOnTimeAt(asOf) != false)
        {
            return;
        }

        into.Add(Finding.Explained(
            AccountabilityRule.SignInLate,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            [
                new FindingFact(FactKind.Dispatched, d.LatestDispatchAt),
                new FindingFact(FactKind.SignInDue, d.SignInDueAt!.Value),
                d.SignedInAt is { } signedAt ? new FindingFact(FactKind.SignedIn, signedAt) : new FindingFact(FactKind.AsOf, asOf),
            ],
            null,
            ladder.MeasureFor(AccountabilityRule.SignInLate),
            new StepExplanation(d.Ticket.Policy, "签收超时", "signed for", "not signed for")));
    }
}

/// <summary>
/// The explanation of a late step (sign-in, contact): its facts are the dispatch, the step's due instant, and the step
/// or, when it has not happened, the as-of instant.
/// </summary>
internal sealed class StepExplanation(HandlingPolicy policy, string title, string done, string notDone) : FindingExplanation
{
    public override string[] Explain(Finding f)
    {
        var due = f.Facts[1].At;
        var last = f.Facts[2];
        var measure = f.RecommendedMeasure;
        return
        [
            last.Kind == FactKind.AsOf
                ? $"{title}: dispatched {Lateness.Local(policy, f.Facts[0].At)}, {notDone} by {Lateness.Local(policy, last.At)}; it was due before {Lateness.Local(policy, due)}."
                : $"{title}: dispatched {Lateness.Local(policy, f.Facts[0].At)}, {done} {Lateness.Local(policy, last.At)}; it was due before {Lateness.Local(policy, due)} ({FormatLate(last.At - due)} late).",
            $"The ladder's measure for {title}: {measure.ChineseName} ({measure.Name}).",
        ];
    }

    // Minutes for a step limit's lateness: "0 min" at the due instant itself (at it is late).
    private static string FormatLate(Duration late) =>
        late < Duration.FromHours(1)
            ? $"{(long)late.TotalMinutes} min"
            : late < Duration.FromDays(1)
                ? $"{(long)late.TotalHours} h {late.Minutes} min"
                : $"{late.Days} d {late.Hours} h";
}
