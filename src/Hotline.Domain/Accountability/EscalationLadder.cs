using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The escalation ladder (督办升级) as policy data: which <see cref="Measure"/> the review recommends for each finding.
/// Immutable; build one with <see cref="CreateBuilder"/> or use <see cref="Default"/>. It maps findings to measures only:
/// when a finding is made is each rule's own threshold (for example <see cref="RepeatedReopeningRule.ReopeningsFrom"/>).
/// </summary>
/// <remarks>
/// <para>The measures are the supervision and accountability (督办、问责) of 国务院办公厅关于进一步优化地方政务服务便民热线的
/// 指导意见 (国办发〔2020〕53号); the day thresholds are the library's defaults, for each city to set after its own
/// hotline regulation. Defaults, by working days past the deadline on the ticket's policy calendar:</para>
/// <list type="table">
/// <listheader><term>Working days past the deadline</term><description>Measure</description></listheader>
/// <item><term>0 (over a weekend or holiday) and 1</term><description>催办 <see cref="Measure.Reminder"/> (it goes out on the 1st working day)</description></item>
/// <item><term>from 2 (<see cref="SupervisionNoticeFrom"/>)</term><description>督办通知 <see cref="Measure.SupervisionNotice"/>, copied to the unit's leader</description></item>
/// <item><term>from 7 (<see cref="CriticismFrom"/>: five more working days)</term><description>通报批评 <see cref="Measure.Criticism"/></description></item>
/// <item><term>from 10 (<see cref="DerelictionFrom"/>), still unreplied</term><description>dereliction: 书面反馈问责 <see cref="Measure.AccountabilityFeedback"/></description></item>
/// </list>
/// <para>A late reply gets the step its lateness reached (without the dereliction step, which is for orders still
/// unreplied). The other rules have one measure each: <see cref="AccountabilityRule.FalseCompletion"/> is dereliction
/// (书面反馈问责); <see cref="AccountabilityRule.RepeatedReopening"/> (from
/// <see cref="RepeatedReopeningRule.ReopeningsFrom"/> reopenings, a threshold of the rule), 通报批评; <see cref="AccountabilityRule.ImproperReturn"/>, 督办通知; <see cref="AccountabilityRule.DispatchLate"/>
/// (the platform's own fault) and <see cref="AccountabilityRule.MissingFourOnes"/>, 限期整改; <see cref="AccountabilityRule.SignInLate"/>,
/// <see cref="AccountabilityRule.ContactLate"/> and <see cref="AccountabilityRule.AssistingLate"/> (to the assisting
/// unit), 催办; <see cref="AccountabilityRule.SupervisionUnanswered"/> (a supervision ignored), 通报批评. Steps counted
/// from the last reminder (<see cref="EscalationLadderBuilder.AfterReminder"/>) raise an overdue order's measure; there
/// are none by default. Referral for discipline
/// (<see cref="Measure.DisciplineReferral"/>) is never recommended: a person decides it.</para>
/// </remarks>
public sealed class EscalationLadder
{
    private static readonly EscalationLadder DefaultLadder = CreateBuilder().Build();
    private readonly Dictionary<AccountabilityRule, Measure> _fixed;
    private readonly SortedDictionary<int, Measure> _afterReminder;

    internal EscalationLadder(int supervisionNoticeFrom, int criticismFrom, int derelictionFrom, Dictionary<AccountabilityRule, Measure> fixedMeasures, SortedDictionary<int, Measure> afterReminder)
    {
        SupervisionNoticeFrom = supervisionNoticeFrom;
        CriticismFrom = criticismFrom;
        DerelictionFrom = derelictionFrom;
        _fixed = fixedMeasures;
        _afterReminder = afterReminder;
        AfterReminderSteps = new ReadOnlyDictionary<int, Measure>(afterReminder);
    }

    /// <summary>The defaults described above.</summary>
    public static EscalationLadder Default => DefaultLadder;

    /// <summary>Working days past the deadline from which a supervision notice (督办通知) is recommended (default 2).</summary>
    public int SupervisionNoticeFrom { get; }

    /// <summary>Working days past the deadline from which written criticism (通报批评) is recommended (default 7).</summary>
    public int CriticismFrom { get; }

    /// <summary>Working days past the deadline from which an unreplied order is dereliction: written feedback recommending accountability (default 10).</summary>
    public int DerelictionFrom { get; }

    /// <summary>The steps counted from the last reminder (<see cref="EscalationLadderBuilder.AfterReminder"/>): working days after it → the least measure. Empty by default. A read-only view.</summary>
    public IReadOnlyDictionary<int, Measure> AfterReminderSteps { get; }

    /// <summary>The least measure for an order still unreplied past its deadline <paramref name="workingDaysSinceReminder"/> working days after its last reminder: the highest step reached, or <see langword="null"/> when none is.</summary>
    /// <param name="workingDaysSinceReminder">Working days after the reminder (0 or more).</param>
    /// <returns>The measure, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="workingDaysSinceReminder"/> is negative.</exception>
    public Measure? StepAfterReminder(int workingDaysSinceReminder)
    {
        Guard.Against.Negative(workingDaysSinceReminder);
        Measure? reached = null;
        foreach (var step in _afterReminder)
        {
            if (step.Key > workingDaysSinceReminder)
            {
                break;
            }

            reached = step.Value;
        }

        return reached;
    }

    /// <summary>Starts building a ladder from the defaults (<c>Create</c> would return a value; this starts a builder).</summary>
    /// <returns>A builder.</returns>
    public static EscalationLadderBuilder CreateBuilder() => new();

    /// <summary>The step reached after <paramref name="workingDaysPast"/> working days past the deadline, for an order still unreplied.</summary>
    /// <param name="workingDaysPast">Working days past the deadline (0 or more).</param>
    /// <returns>催办, 督办通知, 通报批评, or 书面反馈问责 from <see cref="DerelictionFrom"/>.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="workingDaysPast"/> is negative.</exception>
    public Measure StepForUnreplied(int workingDaysPast) =>
        Guard.Against.Negative(workingDaysPast) >= DerelictionFrom ? Measure.AccountabilityFeedback : StepForLateReply(workingDaysPast);

    /// <summary>The step a late reply's lateness reached (the dereliction step is for orders still unreplied).</summary>
    /// <param name="workingDaysPast">Working days past the deadline at the reply (0 or more).</param>
    /// <returns>催办, 督办通知 or 通报批评.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="workingDaysPast"/> is negative.</exception>
    public Measure StepForLateReply(int workingDaysPast)
    {
        Guard.Against.Negative(workingDaysPast);
        return workingDaysPast >= CriticismFrom ? Measure.Criticism
            : workingDaysPast >= SupervisionNoticeFrom ? Measure.SupervisionNotice
            : Measure.Reminder;
    }

    /// <summary>The one measure of a rule without a deadline ladder (every rule but <see cref="AccountabilityRule.OverdueUnreplied"/> and <see cref="AccountabilityRule.RepliedLate"/>).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="rule"/> is null, is a deadline rule (use the steps), or is a city's own rule (<see cref="AccountabilityRule.Define"/>), which chooses its own measure.</exception>
    public Measure MeasureFor(AccountabilityRule rule)
    {
        Guard.Against.Null(rule);
        return _fixed.TryGetValue(rule, out var measure)
            ? measure
            : throw new System.ArgumentException(
                AccountabilityRule.List.Contains(rule)
                    ? $"{rule.ChineseName} ({rule.Name}) is measured by working days past the deadline: use StepForUnreplied or StepForLateReply."
                    : $"{rule.ChineseName} ({rule.Name}) is a city's own rule: the ladder has no measure for it, the rule chooses its own (or reads StepForUnreplied / StepForLateReply).",
                nameof(rule));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"催办 from 1, 督办通知 from {SupervisionNoticeFrom}, 通报批评 from {CriticismFrom}, 书面反馈问责 from {DerelictionFrom} working days past the deadline"
        + string.Concat(_afterReminder.Select(step => $"; at least {step.Value.ChineseName} {step.Key} working days after the last reminder"));
}
