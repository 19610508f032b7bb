using Hotline.Domain.Accountability;
using Hotline.Domain.Tests.Support;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Accountability.NovemberTickets;

namespace Hotline.Domain.Tests.Accountability;

/// <summary>An exemption decision and the options that carry the ledger: plain values, validated, compared by value.</summary>
public class ExemptionDecisionTests
{
    private static ExemptionDecision Make(string ticket = "H3", bool approved = true, string grounds = "诉求超出政策规定", string by = "kh-01", string at = "2026-11-20 10:00") =>
        new(new TicketId(ticket), ExemptionReason.Unreasonable, ExemptionScope.Satisfaction, approved, grounds, by, Beijing(at));

    [Fact]
    public void A_decision_keeps_what_it_was_given_and_compares_by_value()
    {
        var d = Make();

        (d.Ticket.Value, d.Reason, d.Scope, d.Approved, d.Grounds, d.DecidedBy, d.DecidedAt)
            .Should().Be(("H3", ExemptionReason.Unreasonable, ExemptionScope.Satisfaction, true, "诉求超出政策规定", "kh-01", Beijing("2026-11-20 10:00")));
        EqualityContract.Holds(d, Make(), Make(ticket: "H4"), Make(approved: false), Make(grounds: "其他理由"), Make(by: "kh-02"), Make(at: "2026-11-21 10:00"));
        d.ToString().Should().Be("H3 满意度甄别 (不合理诉求): 同意 by kh-01 at 2026-11-20T02:00:00Z: 诉求超出政策规定");
        Make(approved: false).ToString().Should().Contain("查否");
    }

    [Fact]
    public void Blank_padded_null_and_out_of_range_arguments_are_refused_naming_the_argument()
    {
        var id = new TicketId("H3");
        var at = Beijing("2026-11-20 10:00");
        FluentActions.Invoking(() => new ExemptionDecision(null!, ExemptionReason.Other, ExemptionScope.WholeTicket, true, "g", "kh", at)).Should().Throw<ArgumentException>().WithParameterName("ticket");
        FluentActions.Invoking(() => new ExemptionDecision(id, null!, ExemptionScope.WholeTicket, true, "g", "kh", at)).Should().Throw<ArgumentException>().WithParameterName("reason");
        FluentActions.Invoking(() => new ExemptionDecision(id, ExemptionReason.Other, null!, true, "g", "kh", at)).Should().Throw<ArgumentException>().WithParameterName("scope");
        FluentActions.Invoking(() => new ExemptionDecision(id, ExemptionReason.Other, ExemptionScope.WholeTicket, true, " ", "kh", at)).Should().Throw<ArgumentException>().WithParameterName("grounds")
            .WithMessage("The grounds of an exemption decision must not be blank.*");
        FluentActions.Invoking(() => new ExemptionDecision(id, ExemptionReason.Other, ExemptionScope.WholeTicket, true, "g", " kh", at)).Should().Throw<ArgumentException>().WithParameterName("decidedBy")
            .WithMessage("A deciding staff id must not start or end with white space*");
        FluentActions.Invoking(() => new ExemptionDecision(id, ExemptionReason.Other, ExemptionScope.WholeTicket, true, "g", "kh", Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decidedAt");
        FluentActions.Invoking(() => new ExemptionDecision(id, ExemptionReason.Other, ExemptionScope.WholeTicket, true, "g", "kh", Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decidedAt");
    }

    [Fact]
    public void Options_compose_into_new_options_and_compare_by_value()
    {
        var decisions = new List<ExemptionDecision> { Make() };
        var with = AssessmentOptions.Default.WithExemptions(decisions);
        decisions.Add(Make(ticket: "H4"));

        with.Exemptions.Should().Equal(Make());
        AssessmentOptions.Default.Exemptions.Should().BeEmpty("the options it came from are unchanged");
        with.WithExemptions([Make(ticket: "H4")]).Exemptions.Should().Equal(Make(), Make(ticket: "H4"));
        ((ICollection<ExemptionDecision>)with.Exemptions).IsReadOnly.Should().BeTrue();
        EqualityContract.Holds(
            AssessmentOptions.Default.WithExemptions([Make()]),
            new AssessmentOptions(true).WithExemptions([Make()]),
            AssessmentOptions.Default,
            AssessmentOptions.ExcludingBasicallySatisfied.WithExemptions([Make()]),
            AssessmentOptions.Default.ExcludingBasicallyResolved().WithExemptions([Make()]),
            AssessmentOptions.Default.ExcludingTerminated().WithExemptions([Make()]),
            AssessmentOptions.Default.WithExemptions([Make(approved: false)]));
        (AssessmentOptions.Default.CountBasicallyResolved, AssessmentOptions.Default.CountTerminated).Should().Be((true, true));
        AssessmentOptions.ExcludingBasicallySatisfied.ExcludingTerminated().CountBasicallySatisfied.Should().BeFalse();
        AssessmentOptions.Default.ExcludingTerminated().ExcludingBasicallyResolved().CountTerminated.Should().BeFalse();
        AssessmentOptions.Default.ExcludingBasicallyResolved().WithExemptions([Make()]).CountBasicallyResolved.Should().BeFalse();
    }

    [Fact]
    public void Options_say_what_they_count()
    {
        AssessmentOptions.Default.ToString().Should().Be("满意率 counts 非常满意, 满意 and 基本满意");
        AssessmentOptions.ExcludingBasicallySatisfied.ExcludingBasicallyResolved().ExcludingTerminated().WithExemptions([Make(), Make(ticket: "H4")]).ToString()
            .Should().Be("满意率 counts 非常满意 and 满意; 解决率 counts 解决 only; terminated orders count nowhere; 2 exemption decision(s)");
    }

    [Fact]
    public void A_null_ledger_or_a_null_decision_is_refused()
    {
        FluentActions.Invoking(() => AssessmentOptions.Default.WithExemptions(null!)).Should().Throw<ArgumentException>().WithParameterName("decisions");
        FluentActions.Invoking(() => AssessmentOptions.Default.WithExemptions([Make(), null!])).Should().Throw<ArgumentException>().WithParameterName("decisions")
            .WithMessage("Exemption decision 1 is null.*");
        FluentActions.Invoking(() => AssessmentOptions.Default.WithExemptions([null!])).Should().Throw<ArgumentException>().WithMessage("Exemption decision 0 is null.*");
    }
}
