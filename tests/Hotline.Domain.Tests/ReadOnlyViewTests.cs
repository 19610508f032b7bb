using System.Collections;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tests.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests;

/// <summary>
/// No member hands out the library's own arrays: a caller who casts a list back to an array, or to IList, and writes
/// into it either fails or changes nothing the library uses.
/// </summary>
public class ReadOnlyViewTests
{
    public static TheoryData<string> Members() =>
    [
        "Vocabulary.ChineseAliases", "Vocabulary.InValueOrder", "ChinaCalendars.MainlandNotices", "WorkingDayCalendar.Entries",
        "CalendarLayer.Entries", "ExtensionRule.Complexities", "HandlingPolicy.AcceptedCategories",
        "WorkingHours.Seasons", "WorkingHoursSeason.Windows", "WorkingHours.WindowsOn",
    ];

    [Theory]
    [MemberData(nameof(Members))]
    public void A_cast_and_write_attempt_fails(string member)
    {
        var list = Get(member);

        list.Should().NotBeAssignableTo<Array>();
        var asList = list as IList;
        asList.Should().NotBeNull();
        asList!.IsReadOnly.Should().BeTrue();
        var write = () => asList[0] = asList[0];
        write.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void The_windows_of_a_day_off_are_an_empty_read_only_view()
    {
        var none = OfficeHours.Centre.WindowsOn(D("2026-10-01"));

        none.Should().BeEmpty().And.NotBeAssignableTo<Array>();
        ((IList)none).IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void The_mainland_calendar_keeps_its_days_whatever_a_caller_does_with_its_entries()
    {
        var entries = ChinaCalendars.Mainland.Entries;
        if (entries is IList<CalendarEntry> writable && !writable.IsReadOnly)
        {
            writable[0] = CalendarEntry.WorkingDay(D("2007-01-01"));
        }

        ChinaCalendars.Mainland.Classify(D("2007-01-01")).Kind.Should().Be(DayKind.StatutoryHoliday);
        ChinaCalendars.Mainland.Entries[0].Kind.Should().Be(DayKind.StatutoryHoliday);
    }

    [Fact]
    public void An_extension_rule_keeps_its_complexities_whatever_a_caller_does_with_them()
    {
        var rule = HandlingPolicy.Baoji2019.Extension;
        if (rule.Complexities is Complexity[] array)
        {
            array[0] = Complexity.General;
        }

        rule.Allows(Complexity.General).Should().BeFalse();
    }

    private static IReadOnlyCollection<object> Get(string member)
    {
        var layer = CalendarLayer.CreateBuilder("x").DayOff(D("2026-03-02"), HolidayName.Create("停工", "Closure")).Build();
        return member switch
        {
            "Vocabulary.ChineseAliases" => TicketCategory.Suggestion.ChineseAliases,
            "Vocabulary.InValueOrder" => TicketCategory.InValueOrder,
            "ChinaCalendars.MainlandNotices" => ChinaCalendars.MainlandNotices,
            "WorkingDayCalendar.Entries" => ChinaCalendars.Mainland.Entries,
            "CalendarLayer.Entries" => layer.Entries,
            "ExtensionRule.Complexities" => HandlingPolicy.Baoji2019.Extension.Complexities,
            "HandlingPolicy.AcceptedCategories" => HandlingPolicy.Baoji2019.AcceptedCategories,
            "WorkingHours.Seasons" => OfficeHours.Centre.Seasons,
            "WorkingHoursSeason.Windows" => OfficeHours.Centre.Seasons[0].Windows,
            "WorkingHours.WindowsOn" => OfficeHours.Centre.WindowsOn(D("2026-03-02")),
            _ => throw new ArgumentOutOfRangeException(nameof(member), member, "unknown member"),
        };
    }
}
