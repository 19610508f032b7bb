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
}
