using Hotline.Domain.Calendars;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>Holiday names and notices: their guards, their trimming, their printing and their equality.</summary>
public class HolidayNameAndNoticeTests
{
    private const string Url = "https://www.gov.cn/zhengce/content/notice.htm";

    [Fact]
    public void A_holiday_name_is_trimmed_and_prints_both_languages()
    {
        var name = HolidayName.Create("  三月三 ", " Sanyuesan Festival  ");

        name.Chinese.Should().Be("三月三");
        name.English.Should().Be("Sanyuesan Festival");
        name.ToString().Should().Be("三月三 (Sanyuesan Festival)");
        HolidayName.SpringFestival.ToString().Should().Be("春节 (Spring Festival)");
    }

    [Fact]
    public void A_holiday_name_needs_both_languages()
    {
        var noChinese = () => HolidayName.Create(" ", "Sanyuesan Festival");
        noChinese.Should().Throw<ArgumentException>().WithParameterName("chinese");
        var noEnglish = () => HolidayName.Create("三月三", null!);
        noEnglish.Should().Throw<ArgumentNullException>().WithParameterName("english");
    }

    [Fact]
    public void Holiday_names_are_equal_when_both_languages_are()
    {
        EqualityContract.Holds(
            HolidayName.SpringFestival,
            HolidayName.Create("春节", "Spring Festival"),
            HolidayName.Create("春节", "Chinese New Year"),
            HolidayName.Create("过年", "Spring Festival"));
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void A_notice_year_from_1949_to_9999_is_accepted(int year)
    {
        HolidayNotice.Create(year, "通知", null, Url).Year.Should().Be(year);
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void A_notice_year_outside_1949_to_9999_is_refused(int year)
    {
        var act = () => HolidayNotice.Create(year, "通知", null, Url);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));
    }

    [Fact]
    public void A_notice_needs_a_title_and_a_url()
    {
        var noTitle = () => HolidayNotice.Create(2026, "", null, Url);
        noTitle.Should().Throw<ArgumentException>().WithParameterName("title");
        var noUrl = () => HolidayNotice.Create(2026, "通知", null, " ");
        noUrl.Should().Throw<ArgumentException>().WithParameterName("url");
        var nullUrl = () => HolidayNotice.Create(2026, "通知", null, null!);
        nullUrl.Should().Throw<ArgumentNullException>().WithParameterName("url");
    }

    [Fact]
    public void A_notice_keeps_its_fields_trims_its_number_and_prints_it_after_the_title()
    {
        var notice = HolidayNotice.Create(2026, "国务院办公厅关于2026年部分节假日安排的通知", " 国办发明电〔2025〕7号 ", Url);

        notice.Year.Should().Be(2026);
        notice.Title.Should().Be("国务院办公厅关于2026年部分节假日安排的通知");
        notice.DocumentNumber.Should().Be("国办发明电〔2025〕7号");
        notice.Url.Should().Be(Url);
        notice.ToString().Should().Be("国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号)");
    }

    [Fact]
    public void A_notice_without_a_number_prints_its_title_alone()
    {
        HolidayNotice.Create(2007, "国务院办公厅关于2007年部分节假日安排的通知", null, Url).ToString()
            .Should().Be("国务院办公厅关于2007年部分节假日安排的通知");
        HolidayNotice.Create(2007, "title", "", Url).DocumentNumber.Should().BeNull();
    }

    [Fact]
    public void Notices_are_equal_when_every_field_is()
    {
        var notice = HolidayNotice.Create(2026, "通知", "1号", Url);

        EqualityContract.Holds(
            notice,
            HolidayNotice.Create(2026, "通知", "1号", Url),
            HolidayNotice.Create(2027, "通知", "1号", Url),
            HolidayNotice.Create(2026, "另一通知", "1号", Url),
            HolidayNotice.Create(2026, "通知", "2号", Url),
            HolidayNotice.Create(2026, "通知", null, Url),
            HolidayNotice.Create(2026, "通知", "1号", Url + "?v=2"));
    }
}
