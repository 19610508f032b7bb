using Hotline.Domain.Calendars;
using static Hotline.Domain.Tests.Calendars.Dates;

namespace Hotline.Domain.Tests.Calendars;

/// <summary>
/// A made-up 2027 notice for tests of "next year's notice without a release": its runs are plausible (2027-01-01 is a
/// Friday, Spring Festival's eve is 2027-02-05) but it is NOT the published notice, and its document number is invented.
/// </summary>
internal static class IllustrativeNotice2027
{
    public static readonly HolidayNotice Notice = HolidayNotice.Create(
        2027, "国务院办公厅关于2027年部分节假日安排的通知 (illustrative)", "示例〔2026〕1号", "https://example.invalid/notice-2027");

    public static CalendarLayerBuilder Layer() =>
        CalendarLayer.ForNotice(Notice)
            .HolidayRun(HolidayName.NewYear, new DateInterval(D("2027-01-01"), D("2027-01-03")), [D("2027-01-01")])
            .HolidayRun(HolidayName.SpringFestival, new DateInterval(D("2027-02-05"), D("2027-02-13")),
                [D("2027-02-05"), D("2027-02-06"), D("2027-02-07"), D("2027-02-08")], [D("2027-01-31"), D("2027-02-20")]);

    public static WorkingDayCalendar Calendar() =>
        WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .ExtendCoverageTo(D("2027-12-31"))
            .AddLayer(Layer())
            .Build();
}
