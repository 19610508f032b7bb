using Hotline.Domain.AirQuality;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests;

/// <summary>The README's examples, verbatim where possible, with the values its comments promise.</summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void Working_day_calendars()
    {
        var china = ChinaCalendars.Mainland;

        china.IsWorkingDay(new LocalDate(2026, 10, 10)).Should().BeTrue();
        var day = china.Classify(new LocalDate(2026, 2, 16));
        day.Kind.Should().Be(DayKind.StatutoryHoliday);
        day.Holiday.Should().Be(HolidayName.SpringFestival);
        day.Notice!.DocumentNumber.Should().Be("国办发明电〔2025〕7号");

        china.AddWorkingDays(new LocalDate(2026, 9, 30), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.AddWorkingDays(new LocalDate(2026, 10, 3), 1).Should().Be(new LocalDate(2026, 10, 8));
        china.AddWorkingDays(new LocalDate(2026, 10, 8), -1).Should().Be(new LocalDate(2026, 9, 30));
        china.WorkingDaysBetween(new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 8)).Should().Be(1);
        china.CountWorkingDays(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))).Should().Be(248);
        new LocalDate(2026, 10, 1).With(china.NextWorkingDayAdjuster).Should().Be(new LocalDate(2026, 10, 8));
        china.Adjust(new LocalDate(2026, 5, 31), BusinessDayConvention.ModifiedFollowing).Should().Be(new LocalDate(2026, 5, 29));

        var due = china.AddWorkingDays(new LocalDate(2026, 12, 30), 5, BeyondCoverage.AssumeWeekdays);
        due.Value.Should().Be(new LocalDate(2027, 1, 6));
        due.IsProvisional.Should().BeTrue();
    }

    [Fact]
    public void Layers()
    {
        var sanyuesan = HolidayName.Create("三月三", "Sanyuesan Festival");
        var guangxi = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .Named("China (Guangxi)")
            .AddLayer(CalendarLayer.CreateBuilder("广西壮族自治区")
                .Holiday(new LocalDate(2026, 4, 19), sanyuesan)
                .DayOff(new LocalDate(2026, 4, 20), sanyuesan))
            .AddLayer(CalendarLayer.CreateBuilder("city emergency")
                .DaysOff(new DateInterval(new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 15)), HolidayName.Create("台风停工", "Typhoon closure")))
            .Build();

        guangxi.IsWorkingDay(new LocalDate(2026, 4, 20)).Should().BeFalse();
        guangxi.IsWorkingDay(new LocalDate(2026, 9, 15)).Should().BeFalse();
    }

    [Fact]
    public void Deadlines()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var zone = baoji.Zone;

        var dispatched = new LocalDateTime(2019, 4, 28, 10, 0).InZoneStrictly(zone).ToInstant();
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched);
        deadline.DueDate.Should().Be(new LocalDate(2019, 5, 14));
        deadline.DueAt.Should().Be(Instant.FromUtc(2019, 5, 14, 16, 0));

        var consultation = baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General,
            new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant());
        var now = new LocalDateTime(2026, 10, 9, 10, 0).InZoneStrictly(zone).ToInstant();
        consultation.IsOverdueAt(now).Should().BeFalse();
        consultation.WorkingDaysRemainingAt(now).Should().Be(0);
        consultation.WarningAt(now).Should().Be(WarningLevel.DueSoon);

        var hard = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex,
            new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant());
        hard.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        var extended = hard.Extend(5);
        extended.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        extended.Invoking(e => e.Extend(1)).Should().Throw<ExtensionRefusedException>();

        var guangdong = HandlingPolicy.CreateBuilder("广东省 (2022)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Receipt)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Limit(TicketCategory.Complaint, 15)
            .Limit(TicketCategory.Report, 15)
            .UrgentLimit(Urgency.Urgent, respondWithin: Duration.FromMinutes(30), resultWithin: Duration.FromHours(24))
            .DueSoonWithin(1)
            .Build();
        guangdong.AcceptedCategories.Should().HaveCount(5);
    }

    [Fact]
    public void Air_quality()
    {
        var day = DailyAqi.Calculate(
            new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150),
            AirQualityStandard.Edition2012);
        day.Iaqi(Pollutant.Pm25).Should().Be(59);
        day.Iaqi(Pollutant.Pm10).Should().Be(73);
        day.Iaqi(Pollutant.O3).Should().Be(92);
        day.Aqi.Should().Be(92);
        day.Level.Should().Be(AqiLevel.Good);
        day.PrimaryPollutants.Should().Equal(Pollutant.O3);
        day.IsGoodDay.Should().BeTrue();

        HjPercentile.Of([3m, 4m, 8m, 2m, 5m, 4m], 90).Should().Be(6.5m);
        Gb8170.Round(0.125m, 2).Should().Be(0.12m);

        var rows = ImprovementRanking.Rank(
            [
                new AreaMonth("甲区", "城区", new MonthlyAirQuality(4.85m, 22, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
                new AreaMonth("乙区", "城区", new MonthlyAirQuality(4.94m, 20, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
                new AreaMonth("丙区", "城区", new MonthlyAirQuality(4.94m, 25, 30, 60, 150), new MonthlyAirQuality(5.00m, 20, 30, 60, 150)),
                new AreaMonth("丁区", "城区", new MonthlyAirQuality(4.10m, 19, 30, 60, 150), new MonthlyAirQuality(4.00m, 20, 30, 60, 150)),
            ],
            TieRanking.Dense);
        rows.Select(r => r.Rank(AirQualityIndicator.CompositeIndex)).Should().Equal(1, 2, 2, 3);
        rows.Select(r => r.Rank(AirQualityIndicator.GoodDays)).Should().Equal(2, 3, 1, 4);
        DisclosureFormat.Change(AirQualityIndicator.GoodDays, rows[0].Change(AirQualityIndicator.GoodDays)).Should().Be("增加2天");
        DisclosureFormat.Change(AirQualityIndicator.CompositeIndex, rows[3].Change(AirQualityIndicator.CompositeIndex)).Should().Be("+2.5%");
    }

    [Fact]
    public void Next_years_notice_the_day_it_is_published()
    {
        const string documentNumber = "示例〔2026〕1号";            // illustrative, as in the README
        const string url = "https://example.invalid/notice-2027";
        var notice = HolidayNotice.Create(2027, "国务院办公厅关于2027年部分节假日安排的通知", documentNumber, url);
        var china2027 = WorkingDayCalendar.CreateBuilder(ChinaCalendars.Mainland)
            .ExtendCoverageTo(new LocalDate(2027, 12, 31))
            .AddLayer(CalendarLayer.ForNotice(notice)
                .HolidayRun(HolidayName.NewYear,
                    new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 3)),
                    statutoryDays: [new LocalDate(2027, 1, 1)])
                .HolidayRun(HolidayName.SpringFestival,
                    new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 13)),
                    statutoryDays: [new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 6), new LocalDate(2027, 2, 7), new LocalDate(2027, 2, 8)],
                    makeupWorkdays: [new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 20)]))
            .Build();

        var baoji2027 = HandlingPolicy.Baoji2019.ToBuilder().OnCalendar(china2027).Build();

        china2027.Classify(new LocalDate(2027, 1, 1)).Notice.Should().BeSameAs(notice);
        baoji2027.DeadlineFor(TicketCategory.Complaint, Complexity.General, new LocalDateTime(2026, 12, 24, 10, 0).InZoneStrictly(baoji2027.Zone).ToInstant())
            .DueDate.Should().Be(new LocalDate(2027, 1, 8));
    }

    [Fact]
    public void Adapting_a_preset()
    {
        var strictlyNextYear = HandlingPolicy.Baoji2019.ToBuilder()
            .AllowProvisionalDeadlines()
            .InZone(DateTimeZoneProviders.Tzdb["Asia/Urumqi"])
            .Build();

        strictlyNextYear.BeyondCoverage.Should().Be(BeyondCoverage.AssumeWeekdays);
        strictlyNextYear.Name.Should().Be(HandlingPolicy.Baoji2019.Name);
    }

    [Fact]
    public void Saving_and_loading_and_the_package_readme_example()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var dispatched = new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(baoji.Zone).ToInstant();
        var deadline = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, dispatched);
        deadline.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        var now = new LocalDateTime(2026, 10, 20, 9, 0).InZoneStrictly(baoji.Zone).ToInstant();
        deadline.WarningAt(now).Should().Be(WarningLevel.DueSoon);
        var extended = deadline.Extend(5, requestedAt: now);
        extended.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        extended.Invoking(d => d.Extend(1)).Should().Throw<ExtensionRefusedException>();

        var snapshot = extended.ToSnapshot();
        snapshot.CategoryCode.Should().Be("complaint");
        snapshot.ComplexityCode.Should().Be("especially-complex");
        snapshot.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        snapshot.ExtensionsUsed.Should().Be(1);
        var restored = baoji.Restore(snapshot);
        restored.Should().Be(extended);
        ChinaCalendars.Mainland.AddWorkingDays(new LocalDate(2026, 9, 30), 1).Should().Be(new LocalDate(2026, 10, 8));
    }

    [Fact]
    public void Air_quality_under_both_editions()
    {
        var summer = new DailyConcentrations(so2: 5, no2: 20, pm10: 40, pm25: 20, co: 0.5m, o3EightHourMax: 120, o3OneHourMax: 250);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2012).Aqi.Should().Be(125);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2012).Level.Should().Be(AqiLevel.LightlyPolluted);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2026).Aqi.Should().Be(67);
        DailyAqi.Calculate(summer, AirQualityStandard.Edition2026).IsGoodDay.Should().BeTrue();
        AirQualityStandard.Edition2026.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 60.5m).Should().Be(100);

        var hour = HourlyAqi.Calculate(
            new HourlyConcentrations(so2: 801, no2: 20, co: 0.5m, o3: 60, pm10: 30, pm25: 20), AirQualityStandard.Edition2026);
        hour.Aqi.Should().Be(200);
        hour.PrimaryPollutants.Should().Equal(Pollutant.So2);

        DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: 50, pm25: null, co: 0.5m, o3EightHourMax: 90),
            AirQualityStandard.Edition2026).Text.Should().Be("NA");

        var january = Enumerable.Range(1, 31).Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(
            new LocalDate(2027, 1, d), new DailyConcentrations(so2: 6, no2: 20, pm10: 70, pm25: 35, co: 0.8m, o3EightHourMax: 160)));
        MonthlyStatistics.Compute(new YearMonth(2027, 1), january, AirQualityStandard.Edition2026).CompositeIndex.Should().Be(4.13m);
        MonthlyStatistics.Compute(new YearMonth(2027, 1), january, AirQualityStandard.Edition2026,
            CompositeIndexLimits.Gb3095Of2026Final).CompositeIndex.Should().Be(4.97m);
    }

    [Fact]
    public void Work_orders()
    {
        var policy = HandlingPolicy.Baoji2019;
        Instant Beijing(int month, int day, int hour) =>
            new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(policy.Zone).ToInstant();

        var housing = new UnitId("住建局");
        var clerk = Actor.OfUnit(housing, "zj-11");           // a unit's staff
        var operatorOnDuty = Actor.Platform("op-01");         // platform staff: operators, dispatchers, supervisors
        var supervisor = Actor.Platform("sv-03");

        var ticket = Ticket.Register(new TicketId("GD-20260930-0001"), TicketCategory.Complaint, "小区电梯停运三天",
            policy, operatorOnDuty, Beijing(9, 30, 15));
        ticket.Dispatch(housing, Complexity.EspeciallyComplex, supervisor, Beijing(9, 30, 16));  // due 2026-10-20
        ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 20));
        ticket.SignIn(clerk, Beijing(9, 30, 17));
        ticket.RequestExtension(5, "需协调电梯维保单位更换主板", clerk, Beijing(10, 19, 9));
        ticket.Invoking(t => t.ApproveExtension(clerk, Beijing(10, 19, 10)))
            .Should().Throw<TicketAuthorityException>().WithMessage("[platform-only]*");
        ticket.ApproveExtension(supervisor, Beijing(10, 19, 11));                               // due 2026-10-27
        ticket.Deadline!.Value.DueDate.Should().Be(new LocalDate(2026, 10, 27));
        ticket.Reply("主板已更换，电梯恢复运行", resolved: true, clerk, Beijing(10, 27, 17));  // on time
        ticket.RecordCallback(resolved: true, Satisfaction.Satisfied, operatorOnDuty, Beijing(10, 28, 10));
        ticket.Close(supervisor, Beijing(10, 28, 11));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.RepliedOnTime.Should().BeTrue();
        ticket.History.Should().HaveCount(8);
        ticket.UncommittedEvents.Should().HaveCount(8);
        ticket.MarkCommitted();
        var loaded = Ticket.Rehydrate(policy, ticket.History);  // identical: status, unit, deadline, history …
        loaded.Status.Should().Be(ticket.Status);
        loaded.ResponsibleUnit.Should().Be(housing);
        loaded.Deadline.Should().Be(ticket.Deadline);
        loaded.History.Should().Equal(ticket.History);
        TicketEventKind.Of(loaded.History[1]).Code.Should().Be("dispatched");
        TicketEventKind.FromCode("dispatched").EventType.Should().Be<TicketDispatched>();
    }
}
