using Hotline.Domain.AirQuality;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Tests;

/// <summary>Every vocabulary lookup answers in the library's own error family, and an importer can read any key.</summary>
public class VocabularyLookupTests
{
    [Fact]
    public void An_unknown_value_throws_the_librarys_own_exception_listing_the_known_values()
    {
        var act = () => TicketCategory.FromValue(99);

        var error = act.Should().Throw<VocabularyItemNotFoundException>()
            .WithMessage("*TicketCategory*value '99'*1 consultation (咨询)*7 other (其他)*").Which;
        error.Should().BeAssignableTo<HotlineDomainException>();
        error.Vocabulary.Should().Be("TicketCategory");
        error.Key.Should().Be("99");
        error.KnownKeys.Should().Equal("1", "2", "3", "4", "5", "6", "7");
    }

    [Fact]
    public void An_unknown_name_throws_the_librarys_own_exception_listing_the_known_names()
    {
        var act = () => Complexity.FromName("Hard");
        act.Should().Throw<VocabularyItemNotFoundException>().WithMessage("*Complexity*name 'Hard'*General, Complex, EspeciallyComplex*");
    }

    [Fact]
    public void An_unknown_Chinese_name_lists_the_names_and_the_aliases()
    {
        var act = () => TicketCategory.FromChineseName("表白");
        act.Should().Throw<VocabularyItemNotFoundException>().WithMessage("*表白*咨询, 求助*aliases: 意见建议, 意见, 感谢, 表扬感谢*");
    }

    [Fact]
    public void A_null_key_is_an_argument_error_not_a_lookup_of_the_empty_code()
    {
        new Action[]
        {
            () => TicketCategory.FromCode(null!),
            () => TicketCategory.FromName(null!),
            () => TicketCategory.FromChineseName(null!),
            () => TicketCategory.Parse(null!),
            () => DayKind.FromCode(null!),
        }.Should().AllSatisfy(act => act.Should().Throw<ArgumentNullException>());
    }

    [Fact]
    public void Try_variants_answer_false_for_unknown_and_null_keys()
    {
        TicketCategory.TryFromValue(99, out var byValue).Should().BeFalse();
        byValue.Should().BeNull();
        TicketCategory.TryFromCode(null, out _).Should().BeFalse();
        TicketCategory.TryFromCode("COMPLAINT", out _).Should().BeFalse("codes are compared exactly");
        TicketCategory.TryFromName(null, out _).Should().BeFalse();
        TicketCategory.TryFromName("complaint", ignoreCase: true, out var byName).Should().BeTrue();
        byName.Should().BeSameAs(TicketCategory.Complaint);
        TicketCategory.TryFromChineseName(" 意见建议 ", out var byChinese).Should().BeTrue();
        byChinese.Should().BeSameAs(TicketCategory.Suggestion);
        TicketCategory.TryParse("   ", out _).Should().BeFalse();
        TicketCategory.TryParse(null, out _).Should().BeFalse();
        TicketCategory.TryParse("表白", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("3")]
    [InlineData(" complaint ")]
    [InlineData("COMPLAINT")]
    [InlineData("Complaint")]
    [InlineData("complaint")]
    [InlineData("投诉")]
    public void Parse_reads_a_category_from_any_of_its_keys(string key)
    {
        TicketCategory.Parse(key).Should().BeSameAs(TicketCategory.Complaint);
        TicketCategory.TryParse(key, out var parsed).Should().BeTrue();
        parsed.Should().BeSameAs(TicketCategory.Complaint);
    }

    [Theory]
    [InlineData("意见建议", "Suggestion")]
    [InlineData("help-request", "HelpRequest")]
    [InlineData("helprequest", "HelpRequest")]
    [InlineData("感谢", "Praise")]
    public void Parse_reads_codes_names_and_aliases_of_old_records(string key, string expected)
    {
        TicketCategory.Parse(key).Name.Should().Be(expected);
    }

    [Fact]
    public void Parse_works_for_every_vocabulary_including_air_quality()
    {
        DayKind.Parse("makeup-workday").Should().BeSameAs(DayKind.MakeupWorkday);
        Complexity.Parse("特别复杂").Should().BeSameAs(Complexity.EspeciallyComplex);
        Pollutant.Parse("pm2.5").Should().BeSameAs(Pollutant.Pm25);
        BusinessDayConvention.Parse("4").Should().BeSameAs(BusinessDayConvention.ModifiedPreceding);
    }

    [Fact]
    public void An_unparseable_key_lists_every_kind_of_key()
    {
        var act = () => Complexity.Parse("0");
        act.Should().Throw<VocabularyItemNotFoundException>().WithMessage("*Complexity*'0'*1 / general / General / 一般*3 / especially-complex / EspeciallyComplex / 特别复杂*");
    }

    [Fact]
    public void Every_vocabulary_round_trips_through_its_code_and_its_value()
    {
        foreach (var category in TicketCategory.List)
        {
            TicketCategory.FromCode(category.Code).Should().BeSameAs(category);
            TicketCategory.Parse(category.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().BeSameAs(category);
        }
    }

    [Fact]
    public void Aliases_cannot_be_changed_through_a_cast()
    {
        var aliases = TicketCategory.Suggestion.ChineseAliases;
        if (aliases is string[] array)
        {
            array[0] = "篡改";
        }

        aliases.Should().NotBeAssignableTo<string[]>();
        ((ICollection<string>)aliases).IsReadOnly.Should().BeTrue();
        TicketCategory.FromChineseName("意见建议").Should().BeSameAs(TicketCategory.Suggestion);
    }

    [Fact]
    public void The_value_ordered_list_cannot_be_changed_through_a_cast()
    {
        var items = TicketCategory.InValueOrder;
        items.Should().NotBeAssignableTo<TicketCategory[]>();
        ((ICollection<TicketCategory>)items).IsReadOnly.Should().BeTrue();
    }
}
