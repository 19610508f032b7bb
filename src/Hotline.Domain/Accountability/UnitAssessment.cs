using System;
using Ardalis.GuardClauses;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Accountability;

/// <summary>
/// One unit's counts and rates for an assessment period (or the city's, when <see cref="Unit"/> is <see langword="null"/>).
/// The counts add: assessments of disjoint sets of tickets combine count by count (<see cref="Combine"/>), and every
/// rate comes from the summed counts, never from averaged rates.
/// </summary>
/// <remarks>
/// <para>A ticket counts for the unit of its latest dispatch at or before the as-of instant; only events at or before
/// the as-of instant count; for a reopened ticket, the reply and callback of its latest handling round count.</para>
/// <para>Immutable, with value equality: two assessments are equal when their units and all counts are equal.</para>
/// </remarks>
public sealed class UnitAssessment : IEquatable<UnitAssessment>
{
    internal UnitAssessment(UnitId? unit, UnitTally t)
    {
        Unit = unit;
        Dispatched = t.Dispatched;
        Signed = t.Signed;
        Due = t.Due;
        Replied = t.Replied;
        RepliedOnTime = t.RepliedOnTime;
        CalledBack = t.CalledBack;
        Resolved = t.Resolved;
        Satisfied = t.SatisfiedCount;
        Reopened = t.Reopened;
        SignInsDue = t.SignInsDue;
        SignedInOnTime = t.SignedInOnTime;
        ContactsDue = t.ContactsDue;
        ContactedOnTime = t.ContactedOnTime;
        Reminded = t.Reminded;
        AssistingDue = t.AssistingDue;
        AssistingOnTime = t.AssistingOnTime;
        UnreachableCallbacks = t.UnreachableCallbacks;
        ExemptCallbacks = t.ExemptCallbacks;
    }

    /// <summary>
    /// Rebuilds an assessment from stored counts (for example a partition assessed elsewhere), checking that they can
    /// come from tickets: none negative, SignedIn ≤ Dispatched, Due ≤ Dispatched, Reopened ≤ Dispatched, Replied ≤ Due,
    /// RepliedOnTime ≤ Replied, CalledBack ≤ Replied, Resolved ≤ CalledBack, Satisfied ≤ CalledBack.
    /// </summary>
    /// <param name="unit">The unit, or <see langword="null"/> for a city-wide line.</param>
    /// <param name="dispatched">派单数.</param>
    /// <param name="signedFor">签收数.</param>
    /// <param name="due">应办结数.</param>
    /// <param name="replied">办结数.</param>
    /// <param name="repliedOnTime">按时办结数.</param>
    /// <param name="calledBack">回访数.</param>
    /// <param name="resolved">解决数.</param>
    /// <param name="satisfied">满意数.</param>
    /// <param name="reopened">重办数.</param>
    /// <returns>The assessment.</returns>
    /// <remarks>The step counts (<see cref="SignInsDue"/>, <see cref="SignedInOnTime"/>, <see cref="ContactsDue"/>, <see cref="ContactedOnTime"/>) are 0, as in counts stored before step limits; so are the supervision and joint counts (<see cref="WithSupervisionAndJointCounts"/>).</remarks>
    /// <exception cref="ArgumentException">A count is negative or exceeds the count it is part of.</exception>
    public static UnitAssessment FromCounts(UnitId? unit, int dispatched, int signedFor, int due, int replied, int repliedOnTime, int calledBack, int resolved, int satisfied, int reopened) =>
        FromCounts(unit, dispatched, signedFor, due, replied, repliedOnTime, calledBack, resolved, satisfied, reopened, 0, 0, 0, 0);

    /// <summary>
    /// Rebuilds an assessment from stored counts with the step counts, checking as the shorter overload does and also:
    /// SignInsDue ≤ Dispatched, SignedInOnTime ≤ SignInsDue, SignedInOnTime ≤ SignedIn, ContactsDue ≤ Dispatched,
    /// ContactedOnTime ≤ ContactsDue.
    /// </summary>
    /// <param name="unit">The unit, or <see langword="null"/> for a city-wide line.</param>
    /// <param name="dispatched">派单数.</param>
    /// <param name="signedFor">签收数.</param>
    /// <param name="due">应办结数.</param>
    /// <param name="replied">办结数.</param>
    /// <param name="repliedOnTime">按时办结数.</param>
    /// <param name="calledBack">回访数.</param>
    /// <param name="resolved">解决数.</param>
    /// <param name="satisfied">满意数.</param>
    /// <param name="reopened">重办数.</param>
    /// <param name="signInsDue">应签收数: tickets whose sign-in limit was met or passed.</param>
    /// <param name="signedInOnTime">及时签收数.</param>
    /// <param name="contactsDue">应联系数: tickets whose contact limit was met or passed.</param>
    /// <param name="contactedOnTime">及时联系数 (响应数).</param>
    /// <returns>The assessment.</returns>
    /// <remarks>The supervision and joint counts are 0, as in counts stored before joint handling; add them with <see cref="WithSupervisionAndJointCounts"/>.</remarks>
    /// <exception cref="ArgumentException">A count is negative or exceeds the count it is part of.</exception>
    public static UnitAssessment FromCounts(UnitId? unit, int dispatched, int signedFor, int due, int replied, int repliedOnTime, int calledBack, int resolved, int satisfied, int reopened, int signInsDue, int signedInOnTime, int contactsDue, int contactedOnTime)
    {
        Guard.Against.Negative(dispatched);
        Guard.Against.Negative(signedFor);
        Guard.Against.Negative(due);
        Guard.Against.Negative(replied);
        Guard.Against.Negative(repliedOnTime);
        Guard.Against.Negative(calledBack);
        Guard.Against.Negative(resolved);
        Guard.Against.Negative(satisfied);
        Guard.Against.Negative(reopened);
        AtMost(signedFor, nameof(signedFor), dispatched, nameof(dispatched));
        AtMost(due, nameof(due), dispatched, nameof(dispatched));
        AtMost(reopened, nameof(reopened), dispatched, nameof(dispatched));
        AtMost(replied, nameof(replied), due, nameof(due));
        AtMost(repliedOnTime, nameof(repliedOnTime), replied, nameof(replied));
        AtMost(calledBack, nameof(calledBack), replied, nameof(replied));
        AtMost(resolved, nameof(resolved), calledBack, nameof(calledBack));
        AtMost(satisfied, nameof(satisfied), calledBack, nameof(calledBack));
        Guard.Against.Negative(signInsDue);
        Guard.Against.Negative(signedInOnTime);
        Guard.Against.Negative(contactsDue);
        Guard.Against.Negative(contactedOnTime);
        AtMost(signInsDue, nameof(signInsDue), dispatched, nameof(dispatched));
        AtMost(signedInOnTime, nameof(signedInOnTime), signInsDue, nameof(signInsDue));
        AtMost(signedInOnTime, nameof(signedInOnTime), signedFor, nameof(signedFor));
        AtMost(contactsDue, nameof(contactsDue), dispatched, nameof(dispatched));
        AtMost(contactedOnTime, nameof(contactedOnTime), contactsDue, nameof(contactsDue));
        return new UnitAssessment(unit, new UnitTally
        {
            SignInsDue = signInsDue,
            SignedInOnTime = signedInOnTime,
            ContactsDue = contactsDue,
            ContactedOnTime = contactedOnTime,
            Dispatched = dispatched,
            Signed = signedFor,
            Due = due,
            Replied = replied,
            RepliedOnTime = repliedOnTime,
            CalledBack = calledBack,
            Resolved = resolved,
            SatisfiedCount = satisfied,
            Reopened = reopened,
        });
    }

    /// <summary>
    /// This assessment with stored supervision and joint-handling counts (the counts of <see cref="FromCounts(UnitId?, int, int, int, int, int, int, int, int, int, int, int, int, int)"/>
    /// kept), checking: none negative, Reminded ≤ Dispatched, AssistingOnTime ≤ AssistingDue. A separate step rather
    /// than a longer <c>FromCounts</c>: each group of counts came with a version of the library, and counts stored before
    /// a group existed rebuild without it.
    /// </summary>
    /// <param name="reminded">催办数: the unit's tickets reminded at least once while it led them.</param>
    /// <param name="assistingDue">应协办反馈数: its assisting assignments whose report was made or was due.</param>
    /// <param name="assistingOnTime">协办按时反馈数: of those, reported on time.</param>
    /// <returns>A new assessment; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds the count it is part of.</exception>
    public UnitAssessment WithSupervisionAndJointCounts(int reminded, int assistingDue, int assistingOnTime)
    {
        Guard.Against.Negative(reminded);
        Guard.Against.Negative(assistingDue);
        Guard.Against.Negative(assistingOnTime);
        AtMost(reminded, nameof(reminded), Dispatched, nameof(Dispatched));
        AtMost(assistingOnTime, nameof(assistingOnTime), assistingDue, nameof(assistingDue));
        var tally = new UnitTally();
        tally.Add(this);
        tally.Reminded = reminded;
        tally.AssistingDue = assistingDue;
        tally.AssistingOnTime = assistingOnTime;
        return new UnitAssessment(Unit, tally);
    }

    /// <summary>
    /// This assessment with stored callback counts (every other count kept), checking: none negative,
    /// UnreachableCallbacks ≤ Replied − CalledBack, ExemptCallbacks ≤ CalledBack, Resolved and Satisfied ≤ CalledBack −
    /// ExemptCallbacks. Counts stored before these existed rebuild without this step (both 0).
    /// </summary>
    /// <param name="unreachableCallbacks">无法回访数: replied orders whose callback round was unreachable.</param>
    /// <param name="exemptCallbacks">满意度甄别数: callbacks whose judgement an approved exemption took out.</param>
    /// <returns>A new assessment; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds the count it is part of.</exception>
    public UnitAssessment WithCallbackCounts(int unreachableCallbacks, int exemptCallbacks)
    {
        Guard.Against.Negative(unreachableCallbacks);
        Guard.Against.Negative(exemptCallbacks);
        AtMost(unreachableCallbacks, nameof(unreachableCallbacks), Replied - CalledBack, "Replied − CalledBack");
        AtMost(exemptCallbacks, nameof(exemptCallbacks), CalledBack, nameof(CalledBack));
        var assessed = CalledBack - exemptCallbacks;
        if (Math.Max(Resolved, Satisfied) > assessed)
        {
            throw new ArgumentException(
                $"exemptCallbacks ({exemptCallbacks}) leaves {assessed} assessed callback(s), fewer than the resolved ({Resolved}) or satisfied ({Satisfied}) ones: a screened callback is neither.",
                nameof(exemptCallbacks));
        }
        var tally = new UnitTally();
        tally.Add(this);
        tally.UnreachableCallbacks = unreachableCallbacks;
        tally.ExemptCallbacks = exemptCallbacks;
        return new UnitAssessment(Unit, tally);
    }

    /// <summary>The unit, or <see langword="null"/> for the city-wide line.</summary>
    public UnitId? Unit { get; }

    /// <summary>派单数: tickets whose latest dispatch at or before the as-of instant fell in the period.</summary>
    public int Dispatched { get; }

    /// <summary>签收数: of those, signed for (their latest dispatch) by the as-of instant.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "签收: the count of signed-in tickets, named after the 签收率 it feeds.")]
    public int Signed { get; }

    /// <summary>应办结数: those whose deadline in force (extension included) has passed by the as-of instant, or that were replied or terminated (终止办理) by it.</summary>
    public int Due { get; }

    /// <summary>办结数: replied by the as-of instant (latest handling round).</summary>
    public int Replied { get; }

    /// <summary>按时办结数: replied before their deadline's <see cref="HandlingDeadline.DueAt"/> (as recorded on the reply).</summary>
    public int RepliedOnTime { get; }

    /// <summary>回访数: replied tickets with a callback (latest round).</summary>
    public int CalledBack { get; }

    /// <summary>
    /// 无法回访数: replied tickets without a callback whose round was unreachable (<see cref="Tickets.Ticket.CallbackUnreachable"/>):
    /// out of the denominator of <see cref="CallbackRate"/>.
    /// </summary>
    public int UnreachableCallbacks { get; }

    /// <summary>满意度甄别数: callbacks whose judgement an approved <see cref="ExemptionScope.Satisfaction"/> exemption took out of 解决率 and 满意率.</summary>
    public int ExemptCallbacks { get; }

    /// <summary>应回访数 = <see cref="Replied"/> − <see cref="UnreachableCallbacks"/>: the denominator of 回访率.</summary>
    public int CallbacksDue => Replied - UnreachableCallbacks;

    /// <summary>参评回访数 = <see cref="CalledBack"/> − <see cref="ExemptCallbacks"/>: the denominator of 解决率 and 满意率.</summary>
    public int CallbacksAssessed => CalledBack - ExemptCallbacks;

    /// <summary>解决数: assessed callbacks that found the matter resolved (解决, and 基本解决 unless the options exclude it).</summary>
    public int Resolved { get; }

    /// <summary>满意数: assessed callbacks 非常满意 or 满意, and 基本满意 unless the options exclude it.</summary>
    public int Satisfied { get; }

    /// <summary>重办数: tickets reopened at least once by the as-of instant.</summary>
    public int Reopened { get; }

    /// <summary>
    /// 应签收数: tickets whose latest dispatch has a sign-in limit (<see cref="Tickets.Ticket.SignInDueAt"/>) that was met
    /// (signed by the as-of instant) or has passed at it while the order awaits sign-in; a ticket the unit returned is
    /// out of it (a return answers the dispatch; 不当退单 judges it).
    /// </summary>
    public int SignInsDue { get; }

    /// <summary>及时签收数: of those, signed for before the sign-in due instant (at it is late).</summary>
    public int SignedInOnTime { get; }

    /// <summary>
    /// 应联系数: tickets whose latest dispatch has a contact limit (<see cref="Tickets.Ticket.ContactDueAt"/>) that was met
    /// (the requester contacted by the as-of instant) or has passed at it while the order is the unit's (not returned).
    /// </summary>
    public int ContactsDue { get; }

    /// <summary>及时联系数: of those, whose first contact after the dispatch came before the contact due instant.</summary>
    public int ContactedOnTime { get; }

    /// <summary>
    /// 催办数: tickets counted in <see cref="Dispatched"/> that the platform reminded (催办) at least once, by the as-of
    /// instant, while the unit led them (from its dispatch or the escalation that made it the lead; a re-dispatch to
    /// another unit starts again).
    /// </summary>
    public int Reminded { get; }

    /// <summary>
    /// 应协办反馈数: the unit's assisting assignments (协办) whose report came by the as-of instant, or whose due instant
    /// passed by it while the assignment ran. An assignment counts in the period of its own assignment instant, whichever
    /// unit leads the ticket; one ended (by the lead's reply, a re-dispatch, a close or a merge) before its due instant
    /// without a report is not counted.
    /// </summary>
    public int AssistingDue { get; }

    /// <summary>协办按时反馈数: of those, reported before the due instant (at it is late).</summary>
    public int AssistingOnTime { get; }

    /// <summary>催办率 = <see cref="Reminded"/> ÷ <see cref="Dispatched"/>; lower is better.</summary>
    public Rate ReminderRate => new(Reminded, Dispatched);

    /// <summary>协办按时反馈率 = <see cref="AssistingOnTime"/> ÷ <see cref="AssistingDue"/>.</summary>
    public Rate AssistingOnTimeRate => new(AssistingOnTime, AssistingDue);

    /// <summary>及时签收率 = <see cref="SignedInOnTime"/> ÷ <see cref="SignInsDue"/>.</summary>
    public Rate TimelySignInRate => new(SignedInOnTime, SignInsDue);

    /// <summary>响应率 = <see cref="ContactedOnTime"/> ÷ <see cref="ContactsDue"/>: the requester contacted within the limit.</summary>
    public Rate ResponseRate => new(ContactedOnTime, ContactsDue);

    /// <summary>签收率 = <see cref="Signed"/> ÷ <see cref="Dispatched"/>.</summary>
    public Rate SignInRate => new(Signed, Dispatched);

    /// <summary>办结率 = <see cref="Replied"/> ÷ <see cref="Due"/>.</summary>
    public Rate CompletionRate => new(Replied, Due);

    /// <summary>按时办结率 = <see cref="RepliedOnTime"/> ÷ <see cref="Due"/>.</summary>
    public Rate OnTimeCompletionRate => new(RepliedOnTime, Due);

    /// <summary>回访率 = <see cref="CalledBack"/> ÷ <see cref="CallbacksDue"/> (replied, less the 无法回访 rounds).</summary>
    public Rate CallbackRate => new(CalledBack, CallbacksDue);

    /// <summary>解决率 = <see cref="Resolved"/> ÷ <see cref="CallbacksAssessed"/>.</summary>
    public Rate ResolutionRate => new(Resolved, CallbacksAssessed);

    /// <summary>满意率 = <see cref="Satisfied"/> ÷ <see cref="CallbacksAssessed"/>.</summary>
    public Rate SatisfactionRate => new(Satisfied, CallbacksAssessed);

    /// <summary>重办率 = <see cref="Reopened"/> ÷ <see cref="Replied"/> (may exceed 100 % while reopened tickets await their new reply).</summary>
    public Rate ReopenRate => new(Reopened, Replied);

    /// <summary>
    /// The composite score (综合得分): Σ wᵢ · rateᵢ · 100 ÷ Σ wᵢ over the weighted indicators whose rate has a value, in
    /// <see cref="decimal"/>; an indicator ranked lower-first (重办率, 催办率) enters as 1 − rate, at least 0.
    /// </summary>
    /// <param name="weights">The weights (for example <see cref="ScoreWeights.ResponseResolutionSatisfaction"/>).</param>
    /// <returns>The score, 0–100, or <see langword="null"/> when no weighted indicator has a value.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is null.</exception>
    public decimal? Score(ScoreWeights weights) => Guard.Against.Null(weights).ScoreOf(this);

    /// <summary>Whether two assessments are equal.</summary>
    /// <param name="left">One assessment.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal (or both null).</returns>
    public static bool operator ==(UnitAssessment? left, UnitAssessment? right) => Equals(left, right);

    /// <summary>Whether two assessments differ.</summary>
    /// <param name="left">One assessment.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(UnitAssessment? left, UnitAssessment? right) => !Equals(left, right);

    /// <summary>Combines the counts of the same unit over disjoint sets of tickets, count by count.</summary>
    /// <param name="other">The other partial assessment of the same unit (or the other city-wide line).</param>
    /// <returns>The combined assessment.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> is null, is of another unit, or a sum exceeds <see cref="int.MaxValue"/>.</exception>
    public UnitAssessment Combine(UnitAssessment other)
    {
        Guard.Against.Null(other);
        if (Unit != other.Unit)
        {
            throw new ArgumentException($"Cannot combine the assessment of {Unit?.Value ?? "the city"} with that of {other.Unit?.Value ?? "the city"}.", nameof(other));
        }

        var tally = new UnitTally();
        tally.Add(this);
        try
        {
            tally.Add(other);
        }
        catch (ArgumentException overflow) when (overflow.ParamName is null)
        {
            throw Counts.Naming(overflow, nameof(other));
        }

        return new UnitAssessment(Unit, tally);
    }

    private static void AtMost(int part, string partName, int whole, string wholeName)
    {
        if (part > whole)
        {
            throw new ArgumentException($"{partName} ({part}) cannot exceed {wholeName} ({whole}): every {partName} ticket is also a {wholeName} ticket.", partName);
        }
    }

    /// <inheritdoc />
    public bool Equals(UnitAssessment? other) =>
        other is not null && Unit == other.Unit
        && Dispatched == other.Dispatched && Signed == other.Signed && Due == other.Due
        && Replied == other.Replied && RepliedOnTime == other.RepliedOnTime && CalledBack == other.CalledBack
        && Resolved == other.Resolved && Satisfied == other.Satisfied && Reopened == other.Reopened
        && SignInsDue == other.SignInsDue && SignedInOnTime == other.SignedInOnTime
        && ContactsDue == other.ContactsDue && ContactedOnTime == other.ContactedOnTime
        && Reminded == other.Reminded && AssistingDue == other.AssistingDue && AssistingOnTime == other.AssistingOnTime
        && UnreachableCallbacks == other.UnreachableCallbacks && ExemptCallbacks == other.ExemptCallbacks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Unit, Dispatched, Signed, Due, Replied, RepliedOnTime, CalledBack, (Resolved, Satisfied, Reopened, SignInsDue, SignedInOnTime, ContactsDue, ContactedOnTime), (Reminded, AssistingDue, AssistingOnTime, UnreachableCallbacks, ExemptCallbacks)).GetHashCode();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Unit?.Value ?? "全市"}: 派单 {Dispatched}, 签收率 {SignInRate}, 办结率 {CompletionRate}, 按时办结率 {OnTimeCompletionRate}, 回访率 {CallbackRate}, 解决率 {ResolutionRate}, 满意率 {SatisfactionRate}, 重办率 {ReopenRate}, 及时签收率 {TimelySignInRate}, 响应率 {ResponseRate}, 催办率 {ReminderRate}, 协办按时反馈率 {AssistingOnTimeRate}";
}
