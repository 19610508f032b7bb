using Hotline.Domain.AirQuality;

namespace Hotline.Domain.Tests.AirQuality;

/// <summary>No member of the namespace hands out an array the library keeps: a cast-and-write attempt fails or changes nothing.</summary>
public class AirQualityReadOnlyTests
{
    private static readonly DailyConcentrations Day = new(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150);

    [Fact]
    public void Breakpoints_cannot_be_written_through_and_the_IAQI_stays()
    {
        foreach (var standard in AirQualityStandard.InValueOrder)
        {
            var row = standard.Breakpoints(Pollutant.Pm25, AveragingTime.TwentyFourHours);
            CannotWriteThrough(row, 10m);
        }

        AirQualityStandard.Edition2012.Iaqi(Pollutant.Pm25, AveragingTime.TwentyFourHours, 42).Should().Be(59);
        AirQualityStandard.Edition2012.Breakpoints(Pollutant.Pm25, AveragingTime.TwentyFourHours).Should().Equal(0m, 35m, 75m, 115m, 150m, 250m, 350m, 500m);
    }

    [Fact]
    public void A_daily_AQI_lists_cannot_be_written_through()
    {
        var day = DailyAqi.Calculate(Day, AirQualityStandard.Edition2012);
        CannotWriteThrough(day.PrimaryPollutants, Pollutant.So2);
        CannotWriteThrough(day.NonAttainmentPollutants!, Pollutant.So2);
        CannotWriteThrough(day.MissingPollutants, Pollutant.So2);
        day.PrimaryPollutants.Should().Equal(Pollutant.O3);
        day.NonAttainmentPollutants.Should().BeEmpty();
    }

    [Fact]
    public void Published_and_missing_lists_cannot_be_written_through()
    {
        var readings = new DailyReadings(5, 20, 200, null, 0.5m, 90);
        CannotWriteThrough(readings.Missing, Pollutant.So2);
        var published = DailyAqi.Publish(readings, AirQualityStandard.Edition2026);
        CannotWriteThrough(published.MissingPollutants, Pollutant.So2);
        CannotWriteThrough(published.Value!.MissingPollutants, Pollutant.So2);
        CannotWriteThrough(published.Value.PrimaryPollutants, Pollutant.So2);
        published.MissingPollutants.Should().Equal(Pollutant.Pm25);
        readings.Missing.Should().Equal(Pollutant.Pm25);
    }

    [Fact]
    public void An_hourly_AQI_list_cannot_be_written_through()
    {
        var hour = HourlyAqi.Calculate(new HourlyConcentrations(5, 20, 0.5m, 60, 30, 80), AirQualityStandard.Edition2026);
        CannotWriteThrough(hour.PrimaryPollutants, Pollutant.So2);
        hour.PrimaryPollutants.Should().Equal(Pollutant.Pm25);
    }

    [Fact]
    public void The_ranking_rows_cannot_be_written_through()
    {
        var line = new AreaMonth("甲县", "平原县", new MonthlyAirQuality(4m, 20, 30, 60, 100), new MonthlyAirQuality(4m, 20, 30, 60, 100));
        var rows = ImprovementRanking.Rank([line], TieRanking.Dense);
        CannotWriteThrough(rows, null!);
        rows.Single().Area.Should().Be("甲县");
    }

    [Fact]
    public void The_vocabulary_lists_of_the_namespace_are_copies()
    {
        var pollutants = Pollutant.InValueOrder;
        if (pollutants is Pollutant[] array)
        {
            array[0] = Pollutant.O3;
        }

        Pollutant.InValueOrder[0].Should().Be(Pollutant.So2, "each call returns a fresh copy");
    }

    private static void CannotWriteThrough<T>(IReadOnlyList<T> list, T value)
    {
        list.Should().NotBeAssignableTo<T[]>("an array can be cast back and written");
        list.Should().NotBeAssignableTo<List<T>>("a list can be cast back and written");
        if (list is IList<T> writable)
        {
            var write = () => writable[0] = value;
            write.Should().Throw<Exception>().Which.Should().BeOfType<NotSupportedException>();
        }
    }
}
