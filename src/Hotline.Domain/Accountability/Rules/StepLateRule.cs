using System.Collections.Generic;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>
/// 签收超时 and 联系超时: one rule over a step of the latest dispatch (the sign-in, or the first contact with the
/// requester) that came at or after its recorded due instant, or has not come by the as-of instant once it passed.
/// </summary>
internal sealed class StepLateRule : BuiltInRule
{
    private readonly bool _signIn;

    private StepLateRule(bool signIn) => _signIn = signIn;

    public static StepLateRule SignIn { get; } = new(true);

    public static StepLateRule Contact { get; } = new(false);

    public override AccountabilityRule Rule => _signIn ? AccountabilityRule.SignInLate : AccountabilityRule.ContactLate;

    public override void Evaluate(in TicketDigest d, Instant asOf, EscalationLadder ladder, List<Finding> into)
    {
        if ((_signIn ? d.SignInOnTimeAt(asOf) : d.ContactOnTimeAt(asOf)) != false)
        {
            return;
        }

        var due = _signIn ? d.SignInDueAt!.Value : d.ContactDueAt!.Value;
        var done = _signIn ? d.SignedInAt : d.ContactedAt;
        var rule = Rule;
        into.Add(Finding.Explained(
            rule,
            Lateness.UnitOf(d.Ticket, d.Unit!),
            d.Ticket.Id,
            [
                new FindingFact(FactKind.Dispatched, d.LatestDispatchAt),
                new FindingFact(_signIn ? FactKind.SignInDue : FactKind.ContactDue, due),
                done is { } at ? new FindingFact(_signIn ? FactKind.SignedIn : FactKind.Contacted, at) : new FindingFact(FactKind.AsOf, asOf),
            ],
            null,
            ladder.MeasureFor(rule),
            new Explanation(d.Ticket.Policy, _signIn)));
    }

    // The facts are the dispatch, the step's due instant, and the step or, when it has not happened, the as-of instant.
    private sealed class Explanation(HandlingPolicy policy, bool signIn) : FindingExplanation
    {
        public override string[] Explain(Finding f)
        {
            var title = f.Rule.ChineseName;
            var due = f.Facts[1].At;
            var last = f.Facts[2];
            var measure = f.RecommendedMeasure;
            return
            [
                last.Kind == FactKind.AsOf
                    ? $"{title}: dispatched {Lateness.Local(policy, f.Facts[0].At)}, {(signIn ? "not signed for" : "the requester not contacted")} by {Lateness.Local(policy, last.At)}; it was due before {Lateness.Local(policy, due)}."
                    : $"{title}: dispatched {Lateness.Local(policy, f.Facts[0].At)}, {(signIn ? "signed for" : "first contacted the requester")} {Lateness.Local(policy, last.At)}; it was due before {Lateness.Local(policy, due)} ({Late(last.At - due)} late).",
                $"The ladder's measure for {title}: {measure.ChineseName} ({measure.Name}).",
            ];
        }

        // A step limit's lateness in minutes, hours or days: "0 min" at the due instant itself (at it is late).
        private static string Late(Duration late) =>
            late < Duration.FromHours(1) ? $"{(long)late.TotalMinutes} min"
            : late < Duration.FromDays(1) ? $"{(long)late.TotalHours} h {late.Minutes} min"
            : $"{late.Days} d {late.Hours} h";
    }
}
