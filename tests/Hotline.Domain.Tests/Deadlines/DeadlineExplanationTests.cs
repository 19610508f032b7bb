using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Calendars.Dates;
using static Hotline.Domain.Tests.Moments;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// 工作日推算明细: the complaint dispatched Wednesday 2026-09-30 16:00 under the Baoji 2019 policy, ten working days
/// across National Day 2026 (10-01 to 10-07 off by 国办发明电〔2025〕7号, Saturday 10-10 a 补班), due Tuesday 10-20.
/// </summary>
public class DeadlineExplanationTests
{
    private static readonly HandlingPolicy Policy = HandlingPolicy.Baoji2019;

    private static HandlingDeadline Complaint() => Policy.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, Beijing("2026-09-30 16:00"));

    [Fact]
    public void Every_day_after_the_clock_start_through_the_due_date_with_its_kind_its_notice_and_its_number()
    {
        var x = Complaint().Explain();

        (x.ClockStartDate, x.DueDate, x.DueAt, x.CountedThrough, x.WorkingDays, x.ExtendedByWorkingDays, x.IsStatutory, x.IsProvisional)
            .Should().Be((D("2026-09-30"), D("2026-10-20"), Beijing("2026-10-21 00:00"), D("2026-10-20"), 10, 0, false, false));
        x.Days.Select(d => d.Date).Should().Equal(Enumerable.Range(1, 20).Select(i => D("2026-10-01").PlusDays(i - 1)));
        x.Days.Where(d => d.WorkingDayNumber.HasValue).Select(d => (d.Date.Day, d.WorkingDayNumber)).Should().Equal(
            (8, (int?)1), (9, 2), (10, 3), (12, 4), (13, 5), (14, 6), (15, 7), (16, 8), (19, 9), (20, 10));
        var first = x.Days[0];
        (first.Kind, first.Holiday, first.DocumentNumber, first.WorkingDayNumber, first.InExtension, first.IsProvisional)
            .Should().Be((DayKind.StatutoryHoliday, HolidayName.NationalDay, "国办发明电〔2025〕7号", (int?)null, false, false));
        (x.Days[9].Kind, x.Days[9].Holiday, x.Days[9].DocumentNumber).Should().Be((DayKind.MakeupWorkday, HolidayName.NationalDay, "国办发明电〔2025〕7号"));
        (x.Days[10].Kind, x.Days[10].Holiday, x.Days[10].DocumentNumber).Should().Be((DayKind.Weekend, (HolidayName?)null, (string?)null));
        x.Days.Should().OnlyContain(d => !d.InExtension);
    }

    [Fact]
    public void The_account_in_Chinese_names_each_day_the_notice_the_makeup_Saturday_and_the_due_instant()
    {
        Complaint().Explain().ToString().Should().Be(string.Join("\n",
            "工作日推算明细（宝鸡市 12345 (2019)，投诉·特别复杂，10 个工作日；" + Policy.Calendar.Name + "）",
            "起算：2026-09-30 周三（派单日，不计入），自次日起计",
            "2026-10-01 周四 法定节假日（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-02 周五 法定节假日（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-03 周六 法定节假日（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-04 周日 " + Complaint().Explain().Days[3].Kind.ChineseName + "（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-05 周一 调休休息日（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-06 周二 调休休息日（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-07 周三 调休休息日（国庆节），国办发明电〔2025〕7号：不计",
            "2026-10-08 周四 工作日：第 1 个工作日",
            "2026-10-09 周五 工作日：第 2 个工作日",
            "2026-10-10 周六 调休上班日（国庆节），国办发明电〔2025〕7号：第 3 个工作日（补班）",
            "2026-10-11 周日 休息日：不计",
            "2026-10-12 周一 工作日：第 4 个工作日",
            "2026-10-13 周二 工作日：第 5 个工作日",
            "2026-10-14 周三 工作日：第 6 个工作日",
            "2026-10-15 周四 工作日：第 7 个工作日",
            "2026-10-16 周五 工作日：第 8 个工作日",
            "2026-10-17 周六 休息日：不计",
            "2026-10-18 周日 休息日：不计",
            "2026-10-19 周一 工作日：第 9 个工作日",
            "2026-10-20 周二 工作日：第 10 个工作日",
            "截止：2026-10-20 24:00（2026-10-21 00:00 Asia/Shanghai）"));
    }

    [Fact]
    public void An_extension_continues_the_numbers_and_the_account_shows_where_it_began()
    {
        var x = Complaint().Extend(5).Explain();

        (x.DueDate, x.ExtendedByWorkingDays, x.Days.Count).Should().Be((D("2026-10-27"), 5, 27));
        x.Days.Where(d => d.InExtension).Select(d => (d.Date.Day, d.WorkingDayNumber)).Should().Equal((21, (int?)11), (22, 12), (23, 13), (26, 14), (27, 15));
        x.Days.Single(d => d.Date == D("2026-10-24")).InExtension.Should().BeFalse("a day off is counted for nothing");
        var text = x.ToString();
        text.Should().StartWith("工作日推算明细（宝鸡市 12345 (2019)，投诉·特别复杂，10 个工作日，延期 5 个工作日；");
        text.Should().Contain("2026-10-20 周二 工作日：第 10 个工作日\n—— 延期 5 个工作日，自此续计 ——\n2026-10-21 周三 工作日：第 11 个工作日\n");
        text.Split('\n').Count(l => l.StartsWith("—— 延期", StringComparison.Ordinal)).Should().Be(1, "the extension begins once");
        text.Should().EndWith("截止：2026-10-27 24:00（2026-10-28 00:00 Asia/Shanghai）");
    }

    [Fact]
    public void Days_beyond_the_calendar_are_provisional_and_said_to_be()
    {
        var policy = Policy.ToBuilder().AllowProvisionalDeadlines().Build();
        var x = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Beijing("2026-12-28 10:00")).Explain();

        x.IsProvisional.Should().BeTrue();
        x.Days.Where(d => d.IsProvisional).Select(d => d.Date).Should().Equal(x.Days.Where(d => d.Date.Year == 2027).Select(d => d.Date));
        x.Days.Single(d => d.Date == D("2027-01-01")).Kind.Should().Be(DayKind.Workday, "the weekday rule knows no New Year until the notice");
        x.ToString().Should().Contain("2027-01-01 周五 工作日：第 4 个工作日（暂定：超出日历范围，按周一至周五推定）").And.EndWith("（暂定）");
        Complaint().Explain().Days.Should().OnlyContain(d => !d.IsProvisional);
    }

    [Fact]
    public void A_statutory_period_is_explained_through_the_hotlines_own_count_and_then_the_laws_date()
    {
        var t = Ticket.Register(new TicketId("GD-20260930-0002"), TicketCategory.Report, "举报小区违建", Policy, Actor.Platform("op-01"), Beijing("2026-09-30 15:00"));
        t.Dispatch(new UnitId("住建局"), Complexity.EspeciallyComplex, Actor.Platform("sv-03"), Beijing("2026-09-30 16:00"));
        t.SignIn(Actor.OfUnit(new UnitId("住建局"), "zj-11"), Beijing("2026-09-30 17:00"));
        t.RequestStatutoryPeriod(D("2026-11-29"), "《信访工作条例》第三十二条", Actor.OfUnit(new UnitId("住建局"), "zj-11"), Beijing("2026-10-12 09:00"));
        t.ApproveStatutoryPeriod(Actor.Platform("sv-03"), Beijing("2026-10-13 10:00"));

        var x = t.Deadline!.Value.Explain();

        (x.IsStatutory, x.DueDate, x.CountedThrough, x.Days.Count).Should().Be((true, D("2026-11-29"), D("2026-10-20"), 20));
        x.ToString().Should().EndWith("法定办理期限：热线时限计至 2026-10-20，依法延至 2026-11-29 24:00（2026-11-30 00:00 Asia/Shanghai）");
    }

    [Fact]
    public void A_recorded_deadline_that_todays_calendar_counts_elsewhere_is_explained_on_todays_calendar_and_said_to_differ()
    {
        var amended = Policy.ToBuilder().OnCalendar(WorkingDayCalendar.CreateBuilder(Policy.Calendar)
            .AddLayer(CalendarLayer.CreateBuilder("临时停工").DayOff(D("2026-10-12"), HolidayName.Create("停工", "Closure")))
            .Build()).Build();
        var housing = new UnitId("住建局");
        var t = Ticket.Register(new TicketId("GD-1"), TicketCategory.Complaint, "电梯停运", Policy, Actor.Platform("op-01"), Beijing("2026-09-30 15:00"));
        t.Dispatch(housing, Complexity.EspeciallyComplex, Actor.Platform("sv-03"), Beijing("2026-09-30 16:00"));

        var replayed = Ticket.Rehydrate(amended, t.History);
        var x = replayed.Deadline!.Value.Explain();

        replayed.DeadlineDrifts.Should().ContainSingle();
        (x.DueDate, x.CountedThrough).Should().Be((D("2026-10-20"), D("2026-10-21")));
        x.Days.Single(d => d.Date == D("2026-10-12")).Should().Match<ExplainedDay>(d => d.WorkingDayNumber == null && d.Holiday!.Chinese == "停工" && d.DocumentNumber == null);
        x.ToString().Should().Contain("注意：按当前日历计至 2026-10-21，与记录的截止日不同（日历或时限已修订）\n截止：2026-10-20 24:00");
    }

    [Fact]
    public void A_zone_that_skipped_a_whole_day_is_counted_by_dates_as_the_deadline_was()
    {
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        var policy = Policy.ToBuilder().InZone(apia).Build();
        var start = new LocalDateTime(2011, 12, 29, 10, 0).InZoneStrictly(apia).ToInstant();
        var deadline = policy.DeadlineFor(TicketCategory.Consultation, Complexity.General, start);

        var x = deadline.Explain();

        (x.ClockStartDate, x.CountedThrough, x.DueDate, x.DueAt).Should().Be((D("2011-12-29"), deadline.DueDate, deadline.DueDate, deadline.DueAt));
        x.Days[0].Date.Should().Be(D("2011-12-30"), "Samoa skipped 2011-12-30; the calendar still counts the date");
        x.ToString().Should().EndWith("Pacific/Apia）");
    }

    [Fact]
    public void No_deadline_has_no_explanation_and_the_days_are_a_read_only_view()
    {
        FluentActions.Invoking(() => default(HandlingDeadline).Explain()).Should().Throw<InvalidOperationException>();
        ((ICollection<ExplainedDay>)Complaint().Explain().Days).IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void The_longest_limit_at_the_end_of_the_supported_range_is_explained_in_full()
    {
        var policy = Policy.ToBuilder().Limit(TicketCategory.Complaint, HandlingPolicy.MaxLimitInWorkingDays).AllowProvisionalDeadlines().Build();
        var deadline = policy.DeadlineFor(TicketCategory.Complaint, Complexity.General, Instant.FromUtc(9890, 1, 1, 0, 0));
        var x = deadline.Explain();

        x.Days.Count(d => d.WorkingDayNumber.HasValue).Should().Be(HandlingPolicy.MaxLimitInWorkingDays);
        (x.Days[^1].Date, x.Days[^1].WorkingDayNumber, x.CountedThrough).Should().Be((deadline.DueDate, (int?)1000, deadline.DueDate));
        x.Days.Should().OnlyContain(d => d.IsProvisional);
    }
}
