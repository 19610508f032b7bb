using Hotline.Domain.Accountability;

namespace Hotline.Domain.Tests.Accountability;

public class EscalationLadderTests
{
    [Fact]
    public void Default_ladder_reminds_from_the_first_working_day_supervises_from_the_second_criticises_from_the_seventh()
    {
        var ladder = EscalationLadder.Default;

        Enumerable.Range(0, 12).Select(ladder.StepForUnreplied).Select(m => m.ChineseName).Should().Equal(
            "催办", "催办", "督办通知", "督办通知", "督办通知", "督办通知", "督办通知", "通报批评", "通报批评", "通报批评", "书面反馈问责", "书面反馈问责");
        ladder.StepForLateReply(30).Should().Be(Measure.Criticism, "dereliction is for orders still unreplied");
        BuiltInRules.RepeatedReopening.ReopeningsFrom.Should().Be(2);
        ladder.MeasureFor(AccountabilityRule.FalseCompletion).Should().Be(Measure.AccountabilityFeedback);
        ladder.MeasureFor(AccountabilityRule.RepeatedReopening).Should().Be(Measure.Criticism);
        ladder.MeasureFor(AccountabilityRule.ImproperReturn).Should().Be(Measure.SupervisionNotice);
        ladder.MeasureFor(AccountabilityRule.DispatchLate).Should().Be(Measure.Rectification);
        ladder.MeasureFor(AccountabilityRule.MissingFourOnes).Should().Be(Measure.Rectification);
        ladder.ToString().Should().Be("催办 from 1, 督办通知 from 2, 通报批评 from 7, 书面反馈问责 from 10 working days past the deadline");
    }

    [Fact]
    public void Deadline_rules_have_steps_not_one_measure()
    {
        FluentActions.Invoking(() => EscalationLadder.Default.MeasureFor(AccountabilityRule.OverdueUnreplied)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.RepliedLate, Measure.Reminder))
            .Should().Throw<EscalationLadderException>().WithMessage("*逾期办结*working days past the deadline*");
        FluentActions.Invoking(() => EscalationLadder.Default.StepForUnreplied(-1)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_library_never_recommends_discipline()
    {
        FluentActions.Invoking(() => EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.FalseCompletion, Measure.DisciplineReferral))
            .Should().Throw<EscalationLadderException>().WithMessage("*only a person decides*");
    }

    [Theory]
    [InlineData(0, 7, 10)]
    [InlineData(2, 1, 10)]
    [InlineData(2, 7, 6)]
    [InlineData(int.MinValue, 7, 10)]
    public void Steps_out_of_order_or_below_one_are_refused(int supervision, int criticism, int dereliction)
    {
        var builder = EscalationLadder.CreateBuilder().SupervisionNoticeFrom(supervision).CriticismFrom(criticism).DerelictionFrom(dereliction);

        FluentActions.Invoking(builder.Build).Should().Throw<EscalationLadderException>();
    }

    [Fact]
    public void Equal_steps_skip_a_rung_and_huge_steps_are_never_reached()
    {
        var ladder = EscalationLadder.CreateBuilder().SupervisionNoticeFrom(3).CriticismFrom(3).DerelictionFrom(int.MaxValue).Build();

        ladder.StepForUnreplied(2).Should().Be(Measure.Reminder);
        ladder.StepForUnreplied(3).Should().Be(Measure.Criticism);
        ladder.StepForUnreplied(int.MaxValue - 1).Should().Be(Measure.Criticism);
        ladder.StepForUnreplied(int.MaxValue).Should().Be(Measure.AccountabilityFeedback);
    }

    [Fact]
    public void A_built_ladder_does_not_change_when_its_builder_does()
    {
        var builder = EscalationLadder.CreateBuilder();
        var ladder = builder.Build();

        builder.Recommend(AccountabilityRule.DispatchLate, Measure.Criticism).CriticismFrom(9);

        ladder.MeasureFor(AccountabilityRule.DispatchLate).Should().Be(Measure.Rectification);
        ladder.CriticismFrom.Should().Be(7);
    }

    [Fact]
    public void The_joint_and_supervision_rules_have_one_measure_each_and_a_city_may_change_it()
    {
        EscalationLadder.Default.MeasureFor(AccountabilityRule.AssistingLate).Should().Be(Measure.Reminder);
        EscalationLadder.Default.MeasureFor(AccountabilityRule.SupervisionUnanswered).Should().Be(Measure.Criticism);
        EscalationLadder.Default.AfterReminderSteps.Should().BeEmpty();
        EscalationLadder.Default.StepAfterReminder(int.MaxValue).Should().BeNull();

        var city = EscalationLadder.CreateBuilder().Recommend(AccountabilityRule.AssistingLate, Measure.SupervisionNotice).Recommend(AccountabilityRule.SupervisionUnanswered, Measure.AccountabilityFeedback).Build();
        city.MeasureFor(AccountabilityRule.AssistingLate).Should().Be(Measure.SupervisionNotice);
        city.MeasureFor(AccountabilityRule.SupervisionUnanswered).Should().Be(Measure.AccountabilityFeedback);
    }

    [Fact]
    public void Steps_after_the_reminder_apply_the_highest_reached_and_a_repeated_day_count_replaces_its_measure()
    {
        var ladder = EscalationLadder.CreateBuilder()
            .AfterReminder(10, Measure.AccountabilityFeedback)
            .AfterReminder(5, Measure.SupervisionNotice)
            .AfterReminder(5, Measure.Criticism)
            .Build();

        Enumerable.Range(0, 12).Select(ladder.StepAfterReminder).Select(m => m?.Name).Should().Equal(
            null, null, null, null, null, "Criticism", "Criticism", "Criticism", "Criticism", "Criticism", "AccountabilityFeedback", "AccountabilityFeedback");
        ladder.AfterReminderSteps.Should().Equal(new Dictionary<int, Measure> { [5] = Measure.Criticism, [10] = Measure.AccountabilityFeedback });
        ladder.AfterReminderSteps.Keys.Should().Equal(5, 10);
        ladder.ToString().Should().Be("催办 from 1, 督办通知 from 2, 通报批评 from 7, 书面反馈问责 from 10 working days past the deadline; at least 通报批评 5 working days after the last reminder; at least 书面反馈问责 10 working days after the last reminder");
        FluentActions.Invoking(() => ((IDictionary<int, Measure>)ladder.AfterReminderSteps).Add(1, Measure.Reminder)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ladder.StepAfterReminder(-1)).Should().Throw<ArgumentException>().WithParameterName("workingDaysSinceReminder");
    }

    [Fact]
    public void A_step_after_the_reminder_counts_one_day_or_more_never_recommends_discipline_and_is_kept_from_later_builder_changes()
    {
        var builder = EscalationLadder.CreateBuilder().AfterReminder(1, Measure.Reminder);
        var built = builder.Build();
        builder.AfterReminder(2, Measure.Criticism);

        built.AfterReminderSteps.Keys.Should().Equal(1);
        FluentActions.Invoking(() => builder.AfterReminder(0, Measure.Criticism)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays")
            .WithMessage("A step after the reminder counts 1 or more working days; got 0.*");
        FluentActions.Invoking(() => builder.AfterReminder(int.MinValue, Measure.Criticism)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => builder.AfterReminder(5, null!)).Should().Throw<ArgumentException>().WithParameterName("measure");
        FluentActions.Invoking(() => builder.AfterReminder(5, Measure.DisciplineReferral)).Should().Throw<EscalationLadderException>()
            .WithMessage("The ladder cannot recommend 党纪政纪处分 (DisciplineReferral) 5 working days after a reminder*");
        builder.Build().AfterReminderSteps.Keys.Should().Equal(1, 2);
    }
}
