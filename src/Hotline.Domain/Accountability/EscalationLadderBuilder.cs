using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>Builds an <see cref="EscalationLadder"/>, starting from the defaults and validating in <see cref="Build"/>. Get one from <see cref="EscalationLadder.CreateBuilder"/>.</summary>
public sealed class EscalationLadderBuilder
{
    private readonly Dictionary<AccountabilityRule, Measure> _fixed = new()
    {
        [AccountabilityRule.DispatchLate] = Measure.Rectification,
        [AccountabilityRule.ImproperReturn] = Measure.SupervisionNotice,
        [AccountabilityRule.FalseCompletion] = Measure.AccountabilityFeedback,
        [AccountabilityRule.RepeatedReopening] = Measure.Criticism,
        [AccountabilityRule.MissingFourOnes] = Measure.Rectification,
        [AccountabilityRule.SignInLate] = Measure.Reminder,
        [AccountabilityRule.ContactLate] = Measure.Reminder,
        [AccountabilityRule.AssistingLate] = Measure.Reminder,
        [AccountabilityRule.SupervisionUnanswered] = Measure.Criticism,
    };

    private readonly SortedDictionary<int, Measure> _afterReminder = new();
    private int _supervision = 2;
    private int _criticism = 7;
    private int _dereliction = 10;

    internal EscalationLadderBuilder()
    {
    }

    /// <summary>Sets the working days past the deadline from which 督办通知 is recommended (default 2).</summary>
    /// <param name="workingDays">1 or more.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder SupervisionNoticeFrom(int workingDays)
    {
        _supervision = workingDays;
        return this;
    }

    /// <summary>Sets the working days past the deadline from which 通报批评 is recommended (default 7).</summary>
    /// <param name="workingDays">At least the supervision step.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder CriticismFrom(int workingDays)
    {
        _criticism = workingDays;
        return this;
    }

    /// <summary>Sets the working days past the deadline from which an unreplied order is dereliction (default 10).</summary>
    /// <param name="workingDays">At least the criticism step.</param>
    /// <returns>This builder.</returns>
    public EscalationLadderBuilder DerelictionFrom(int workingDays)
    {
        _dereliction = workingDays;
        return this;
    }

    /// <summary>
    /// Adds a step counted from the reminder (催办): an order still unreplied past its deadline <paramref name="workingDays"/>
    /// working days after the handling round's last reminder gets at least <paramref name="measure"/> (for example 5 →
    /// 通报批评: "催办后 5 个工作日仍未办结的，予以通报批评"). Days are counted as past the deadline: the working days after
    /// the reminder's local date up to and including the as-of date, on the ticket's policy calendar. Several steps may
    /// be added; the highest one reached applies; adding the same day count again replaces its measure. None by default.
    /// </summary>
    /// <param name="workingDays">1 or more.</param>
    /// <param name="measure">Any measure but <see cref="Measure.DisciplineReferral"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="measure"/> is null, or <paramref name="workingDays"/> is below 1.</exception>
    /// <exception cref="EscalationLadderException">The measure is 党纪政纪处分.</exception>
    public EscalationLadderBuilder AfterReminder(int workingDays, Measure measure)
    {
        Preconditions.OutOfRange(workingDays < 1, workingDays, nameof(workingDays), $"A step after the reminder counts 1 or more working days; got {workingDays}.");
        Guard.Against.Null(measure);
        if (ReferenceEquals(measure, Measure.DisciplineReferral))
        {
            throw new EscalationLadderException(
                $"The ladder cannot recommend 党纪政纪处分 (DisciplineReferral) {workingDays} working days after a reminder: only a person decides it. Recommend 书面反馈问责 (AccountabilityFeedback) at most.");
        }

        _afterReminder[workingDays] = measure;
        return this;
    }

    /// <summary>Sets the measure recommended for a rule without a deadline ladder.</summary>
    /// <param name="rule">Any rule but <see cref="AccountabilityRule.OverdueUnreplied"/> and <see cref="AccountabilityRule.RepliedLate"/>.</param>
    /// <param name="measure">Any measure but <see cref="Measure.DisciplineReferral"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">An argument is null.</exception>
    /// <exception cref="EscalationLadderException">The rule is a deadline rule or a city's own rule, or the measure is 党纪政纪处分.</exception>
    public EscalationLadderBuilder Recommend(AccountabilityRule rule, Measure measure)
    {
        Guard.Against.Null(rule);
        Guard.Against.Null(measure);
        if (!_fixed.ContainsKey(rule))
        {
            throw new EscalationLadderException(
                AccountabilityRule.List.Contains(rule)
                    ? $"{rule.ChineseName} ({rule.Name}) is measured by working days past the deadline; set its steps (SupervisionNoticeFrom, CriticismFrom, DerelictionFrom) instead."
                    : $"{rule.ChineseName} ({rule.Name}) is a city's own rule; the ladder holds measures for the library's rules only, and a city's rule chooses its own.");
        }

        if (ReferenceEquals(measure, Measure.DisciplineReferral))
        {
            throw new EscalationLadderException(
                $"The ladder cannot recommend 党纪政纪处分 (DisciplineReferral) for {rule.ChineseName}: only a person decides it. Recommend 书面反馈问责 (AccountabilityFeedback) at most.");
        }

        _fixed[rule] = measure;
        return this;
    }

    /// <summary>Validates and builds the ladder.</summary>
    /// <returns>The ladder.</returns>
    /// <exception cref="EscalationLadderException">The supervision step is below 1, or the steps are out of order (supervision ≤ criticism ≤ dereliction).</exception>
    public EscalationLadder Build()
    {
        if (_supervision < 1)
        {
            throw new EscalationLadderException(
                $"The supervision step is {_supervision} working days; it must be 1 or more.");
        }

        if (_criticism < _supervision || _dereliction < _criticism)
        {
            throw new EscalationLadderException(
                $"The steps must not decrease: 督办通知 from {_supervision}, 通报批评 from {_criticism}, 书面反馈问责 from {_dereliction} working days; allowed: supervision ≤ criticism ≤ dereliction.");
        }

        return new EscalationLadder(_supervision, _criticism, _dereliction, new Dictionary<AccountabilityRule, Measure>(_fixed), new SortedDictionary<int, Measure>(_afterReminder));
    }
}
