using System;
using NodaTime;

namespace Hotline.Domain.Accountability;

/// <summary>The mutable accumulator behind a <see cref="UnitAssessment"/>: zero, then one ticket at a time.</summary>
internal sealed class UnitTally
{
    private static readonly string VerySatisfied = Tickets.Satisfaction.VerySatisfied.Code;
    private static readonly string Satisfied = Tickets.Satisfaction.Satisfied.Code;
    private static readonly string BasicallySatisfied = Tickets.Satisfaction.BasicallySatisfied.Code;

    public int Dispatched;
    public int Signed;
    public int Due;
    public int Replied;
    public int RepliedOnTime;
    public int CalledBack;
    public int Resolved;
    public int SatisfiedCount;
    public int Reopened;
    public int SignInsDue;
    public int SignedInOnTime;
    public int ContactsDue;
    public int ContactedOnTime;
    public int Reminded;
    public int AssistingDue;
    public int AssistingOnTime;
    public int UnreachableCallbacks;
    public int ExemptCallbacks;

    // callbackExempt: an approved 满意度甄别 takes the callback's judgement out of 解决率 and 满意率 (it stays called back).
    public void Add(in TicketDigest d, Instant asOf, AssessmentOptions options, bool callbackExempt)
    {
        Dispatched++;
        if (d.Signed)
        {
            Signed++;
        }

        // A terminated order is due from its termination: the unit's handling ended there without a reply.
        if (d.IsDueAt(asOf) || d.Terminated)
        {
            Due++;
        }

        if (d.ReopenCount > 0)
        {
            Reopened++;
        }

        if (d.LeadReminders > 0)
        {
            Reminded++;
        }

        if (d.SignInOnTimeAt(asOf) is { } signedInOnTime)
        {
            SignInsDue++;
            if (signedInOnTime)
            {
                SignedInOnTime++;
            }
        }

        if (d.ContactOnTimeAt(asOf) is { } contactedOnTime)
        {
            ContactsDue++;
            if (contactedOnTime)
            {
                ContactedOnTime++;
            }
        }

        if (!d.IsReplied)
        {
            return;
        }

        Replied++;
        if (d.RepliedOnTime)
        {
            RepliedOnTime++;
        }

        if (d.CallbackAt is null)
        {
            if (d.CallbackUnreachable)
            {
                UnreachableCallbacks++;
            }

            return;
        }

        CalledBack++;
        if (callbackExempt)
        {
            ExemptCallbacks++;
            return;
        }

        if (d.CallbackResolved && (options.CountBasicallyResolved || !d.CallbackBasicallyResolved))
        {
            Resolved++;
        }

        var s = d.Satisfaction;
        if (string.Equals(s, VerySatisfied, StringComparison.Ordinal)
            || string.Equals(s, Satisfied, StringComparison.Ordinal)
            || (options.CountBasicallySatisfied && string.Equals(s, BasicallySatisfied, StringComparison.Ordinal)))
        {
            SatisfiedCount++;
        }
    }

    // One assisting assignment, judged at the as-of instant (TicketDigest.AssistanceOnTimeAt): counted once judged.
    public void AddAssisting(bool onTime)
    {
        AssistingDue++;
        if (onTime)
        {
            AssistingOnTime++;
        }
    }

    public void Add(UnitAssessment a)
    {
        Dispatched = Counts.Add(Dispatched, a.Dispatched, "dispatched count");
        AssistingDue = Counts.Add(AssistingDue, a.AssistingDue, "assisting reports due count");
        // Every other count is part of the dispatched count or of the assisting reports due (UnitAssessment.FromCounts checks it), so the dispatched sum is
        // always the first to overflow and the names below are never printed.
        // Stryker disable String : unreachable, see above.
        Signed = Counts.Add(Signed, a.Signed, "signed count");
        Due = Counts.Add(Due, a.Due, "due count");
        Replied = Counts.Add(Replied, a.Replied, "replied count");
        RepliedOnTime = Counts.Add(RepliedOnTime, a.RepliedOnTime, "on-time count");
        CalledBack = Counts.Add(CalledBack, a.CalledBack, "called-back count");
        Resolved = Counts.Add(Resolved, a.Resolved, "resolved count");
        SatisfiedCount = Counts.Add(SatisfiedCount, a.Satisfied, "satisfied count");
        Reopened = Counts.Add(Reopened, a.Reopened, "reopened count");
        SignInsDue = Counts.Add(SignInsDue, a.SignInsDue, "sign-ins due count");
        SignedInOnTime = Counts.Add(SignedInOnTime, a.SignedInOnTime, "signed-in-on-time count");
        ContactsDue = Counts.Add(ContactsDue, a.ContactsDue, "contacts due count");
        ContactedOnTime = Counts.Add(ContactedOnTime, a.ContactedOnTime, "contacted-on-time count");
        Reminded = Counts.Add(Reminded, a.Reminded, "reminded count");
        AssistingOnTime = Counts.Add(AssistingOnTime, a.AssistingOnTime, "assisting-on-time count");
        UnreachableCallbacks = Counts.Add(UnreachableCallbacks, a.UnreachableCallbacks, "unreachable-callbacks count");
        ExemptCallbacks = Counts.Add(ExemptCallbacks, a.ExemptCallbacks, "exempt-callbacks count");
        // Stryker restore String
    }
}
