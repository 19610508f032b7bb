using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Deadlines;

public class TicketVocabularyTests
{
    [Theory]
    [InlineData(1, "consultation", "咨询")]
    [InlineData(2, "help-request", "求助")]
    [InlineData(3, "complaint", "投诉")]
    [InlineData(4, "report", "举报")]
    [InlineData(5, "suggestion", "建议")]
    [InlineData(6, "praise", "表扬")]
    [InlineData(7, "other", "其他")]
    public void Categories_are_found_by_value_code_and_Chinese_name(int value, string code, string chinese)
    {
        var category = TicketCategory.FromValue(value);
        TicketCategory.FromCode(code).Should().BeSameAs(category);
        TicketCategory.FromChineseName(chinese).Should().BeSameAs(category);
    }

    [Theory]
    [InlineData("意见建议", "Suggestion")]
    [InlineData("感谢", "Praise")]
    [InlineData(" 投诉 ", "Complaint")]
    public void Common_Chinese_aliases_are_accepted(string chinese, string expected)
    {
        TicketCategory.FromChineseName(chinese).Name.Should().Be(expected);
    }

    [Fact]
    public void Lists_in_value_order_are_available_because_SmartEnum_sorts_by_name()
    {
        TicketCategory.InValueOrder.Select(c => c.Value).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        Complexity.InValueOrder.Select(c => c.ChineseName).Should().Equal("一般", "复杂", "特别复杂");
    }

    [Fact]
    public void Only_a_dispatched_order_starts_the_handling_clock()
    {
        Disposition.List.Where(d => d.StartsHandlingClock).Should().Equal(Disposition.Dispatched);
        Disposition.FromChineseName("即时办结").Should().Be(Disposition.AnsweredDirectly);
    }

    [Fact]
    public void Emergency_lines_are_the_four_numbers()
    {
        EmergencyLine.InValueOrder.Select(l => l.Number).Should().Equal("110", "119", "120", "122");
    }

    [Fact]
    public void Unknown_codes_name_the_known_ones()
    {
        var act = () => Complexity.FromCode("hard");
        act.Should().Throw<VocabularyItemNotFoundException>().WithMessage("*hard*general, complex, especially-complex*");
    }
}
