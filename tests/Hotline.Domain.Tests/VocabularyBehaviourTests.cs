using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests;

/// <summary>
/// The vocabularies' lookups by each key, what they refuse and how: the messages name the vocabulary, the kind of key,
/// the key, and list what is known.
/// </summary>
public class VocabularyBehaviourTests
{
    [Fact]
    public void An_item_prints_its_name_and_Chinese_name()
    {
        DayKind.Workday.ToString().Should().Be("Workday (工作日)");
        TicketCategory.Complaint.ToString().Should().Be("Complaint (投诉)");
    }

    [Fact]
    public void Items_in_value_order_whatever_the_order_of_their_names()
    {
        DayKind.InValueOrder.Select(k => k.Value).Should().Equal(1, 2, 3, 4, 5);
        DayKind.InValueOrder.Should().NotBeSameAs(DayKind.InValueOrder, "a new array each call");
    }

    [Fact]
    public void An_unknown_value_is_refused_listing_every_value_with_its_code_and_Chinese_name()
    {
        var error = Refusal(() => DayKind.FromValue(9));

        error.Message.Should().Be("No DayKind has the value '9'. Known: 1 workday (工作日), 2 weekend (休息日), 3 statutory-holiday (法定节假日), 4 adjusted-rest-day (调休休息日), 5 makeup-workday (调休上班日).");
        error.Vocabulary.Should().Be("DayKind");
        error.Key.Should().Be("9");
        error.KnownKeys.Should().Equal("1", "2", "3", "4", "5");
    }

    [Fact]
    public void An_unknown_name_is_refused_listing_the_names_in_value_order()
    {
        var error = Refusal(() => DayKind.FromName("workday"));

        error.Message.Should().Be("No DayKind has the name 'workday'. Known: Workday, Weekend, StatutoryHoliday, AdjustedRestDay, MakeupWorkday.");
        error.Key.Should().Be("workday");
        error.KnownKeys.Should().Equal("Workday", "Weekend", "StatutoryHoliday", "AdjustedRestDay", "MakeupWorkday");
    }

    [Fact]
    public void A_name_is_found_exactly_or_ignoring_case_when_asked()
    {
        DayKind.FromName("Weekend").Should().BeSameAs(DayKind.Weekend);
        DayKind.FromName("weekend", ignoreCase: true).Should().BeSameAs(DayKind.Weekend);
        DayKind.TryFromName("weekend", out _).Should().BeFalse();
        DayKind.TryFromName("Weekend", out var exact).Should().BeTrue();
        exact.Should().BeSameAs(DayKind.Weekend);
        DayKind.TryFromName("WEEKEND", ignoreCase: false, out _).Should().BeFalse();
        DayKind.TryFromName(null, ignoreCase: true, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void An_unknown_code_is_refused_listing_the_codes_in_value_order()
    {
        var error = Refusal(() => DayKind.FromCode("Workday"));

        error.Message.Should().Be("No DayKind has the code 'Workday'. Known: workday, weekend, statutory-holiday, adjusted-rest-day, makeup-workday.");
        error.KnownKeys.Should().Equal("workday", "weekend", "statutory-holiday", "adjusted-rest-day", "makeup-workday");
        DayKind.FromCode("weekend").Should().BeSameAs(DayKind.Weekend);
        DayKind.TryFromCode("weekend", out var weekend).Should().BeTrue();
        weekend.Should().BeSameAs(DayKind.Weekend);
    }

    [Fact]
    public void An_unknown_Chinese_name_of_a_vocabulary_without_aliases_lists_the_names_alone()
    {
        var error = Refusal(() => DayKind.FromChineseName("假日"));

        error.Message.Should().Be("No DayKind has the Chinese name '假日'. Known: 工作日, 休息日, 法定节假日, 调休休息日, 调休上班日.");
        error.KnownKeys.Should().Equal("工作日", "休息日", "法定节假日", "调休休息日", "调休上班日");
    }

    [Fact]
    public void An_unknown_Chinese_name_of_a_vocabulary_with_aliases_lists_the_names_then_the_aliases()
    {
        var error = Refusal(() => TicketCategory.FromChineseName("表白"));

        error.Message.Should().StartWith("No TicketCategory has the Chinese name '表白'. Known: 咨询, 求助, 投诉, 举报, 建议, 表扬, 其他; aliases: 意见建议");
        error.Message.Should().EndWith(".");
        error.KnownKeys.Should().Equal("咨询", "求助", "投诉", "举报", "建议", "表扬", "其他");
    }

    [Fact]
    public void A_Chinese_name_or_an_alias_is_found_with_surrounding_spaces_ignored()
    {
        DayKind.FromChineseName(" 休息日 ").Should().BeSameAs(DayKind.Weekend);
        TicketCategory.FromChineseName("意见建议").Should().BeSameAs(TicketCategory.Suggestion);
        DayKind.TryFromChineseName(null, out var none).Should().BeFalse();
        none.Should().BeNull();
        DayKind.TryFromChineseName("休息", out _).Should().BeFalse();
    }

    [Fact]
    public void An_unparseable_key_is_refused_listing_every_key_of_every_item()
    {
        var error = Refusal(() => DayKind.Parse(" holiday "));

        error.Message.Should().Be(
            "No DayKind has the value, code, name or Chinese name ' holiday '. Known: 1 / workday / Workday / 工作日, 2 / weekend / Weekend / 休息日, " +
            "3 / statutory-holiday / StatutoryHoliday / 法定节假日, 4 / adjusted-rest-day / AdjustedRestDay / 调休休息日, 5 / makeup-workday / MakeupWorkday / 调休上班日.");
        error.Key.Should().Be(" holiday ");
        error.KnownKeys.Should().Equal("workday", "weekend", "statutory-holiday", "adjusted-rest-day", "makeup-workday");
    }

    [Fact]
    public void An_unparseable_key_lists_the_aliases_with_their_item()
    {
        var error = Refusal(() => TicketCategory.Parse("表白"));

        error.Message.Should().Contain("5 / suggestion / Suggestion / 建议 / 意见建议 / 意见");
    }

    [Theory]
    [InlineData("+3", "StatutoryHoliday")]
    [InlineData(" 3 ", "StatutoryHoliday")]
    [InlineData("MAKEUP-WORKDAY", "MakeupWorkday")]
    [InlineData("adjustedrestday", "AdjustedRestDay")]
    [InlineData(" 调休上班日 ", "MakeupWorkday")]
    public void Parse_reads_any_key_whatever_its_case_and_spaces(string key, string expected)
    {
        DayKind.Parse(key).Should().BeSameAs(DayKind.FromName(expected));
        DayKind.TryParse(key, out var parsed).Should().BeTrue();
        parsed.Should().BeSameAs(DayKind.FromName(expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("6")]
    [InlineData("3.0")]
    [InlineData("work day")]
    public void TryParse_finds_nothing_for_an_unknown_key(string key)
    {
        DayKind.TryParse(key, out var parsed).Should().BeFalse();
        parsed.Should().BeNull();
    }

    [Fact]
    public void A_null_key_is_an_argument_error_naming_the_parameter()
    {
        new (Action Act, string Parameter)[]
        {
            (() => DayKind.FromName(null!), "name"),
            (() => DayKind.FromCode(null!), "code"),
            (() => DayKind.FromChineseName(null!), "chineseName"),
            (() => DayKind.Parse(null!), "text"),
        }.Should().AllSatisfy(c => c.Act.Should().Throw<ArgumentNullException>().WithParameterName(c.Parameter));
    }

    [Fact]
    public void A_vocabulary_keeps_its_own_copy_of_the_aliases_it_was_given()
    {
        Colour.Red.ChineseAliases.Should().Equal("赤", "朱");
        Colour.GivenAliases[0] = "篡改";
        Colour.Red.ChineseAliases.Should().Equal("赤", "朱");
        Colour.FromChineseName("赤").Should().BeSameAs(Colour.Red);
        Colour.Blue.ChineseAliases.Should().BeEmpty("no aliases given, not even an array");
        Colour.FromChineseName("蓝").Should().BeSameAs(Colour.Blue);
    }

    [Fact]
    public void Parse_prefers_an_items_code_to_another_items_name()
    {
        // Codes are the persisted shape: a stored "scarlet" is the item coded so, not the item named Scarlet.
        Colour.Parse("scarlet").Should().BeSameAs(Colour.Crimson);
        Colour.Parse("Scarlet").Should().BeSameAs(Colour.Crimson);
        Colour.Parse("crimson").Should().BeSameAs(Colour.Scarlet);
    }

    private static VocabularyItemNotFoundException Refusal(Action act) =>
        act.Should().Throw<VocabularyItemNotFoundException>().Which;

    private sealed class Colour : Vocabulary<Colour>
    {
        public static readonly string[] GivenAliases = ["赤", "朱"];

        public static readonly Colour Red = new(nameof(Red), 1, "red", "红", GivenAliases);

        public static readonly Colour Blue = new(nameof(Blue), 2, "blue", "蓝", null!);

        public static readonly Colour Crimson = new(nameof(Crimson), 3, "scarlet", "绯红", []);

        public static readonly Colour Scarlet = new(nameof(Scarlet), 4, "crimson", "猩红", []);

        private Colour(string name, int value, string code, string chineseName, string[] aliases)
            : base(name, value, code, chineseName, aliases)
        {
        }
    }
}
