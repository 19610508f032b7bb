using System.Globalization;
using System.Text;
using Hotline.Domain.AirQuality;
using NodaTime;

namespace Hotline.Domain.Samples;

/// <summary>Section 3: the monthly air-quality disclosure (invented data).</summary>
internal static class AirQualityTour
{
    public static void Run()
    {
        var standard = AirQualityStandard.InForceOn(new LocalDate(2026, 10, 1));
        var day = DailyAqi.Calculate(new DailyConcentrations(so2: 8, no2: 31, pm10: 96, pm25: 42, co: 0.7m, o3EightHourMax: 150), AirQualityStandard.Edition2012);
        Console.WriteLine($"3. Daily AQI under {AirQualityStandard.Edition2012.ChineseName}: PM2.5 42, PM10 96, O3-8h 150 → AQI {day.Aqi} " +
                          $"({day.Level.ChineseName}, {day.Level.ColourName}), primary {string.Join("/", day.PrimaryPollutants.Select(p => p.Symbol))}, good day: {day.IsGoodDay}");

        // HJ 633-2026 (in force 2026-03-01) drops the O3 1-hour maximum from the daily AQI: a sunny day changes level.
        var summer = new DailyConcentrations(so2: 5, no2: 20, pm10: 40, pm25: 20, co: 0.5m, o3EightHourMax: 120, o3OneHourMax: 250);
        foreach (var edition in AirQualityStandard.InValueOrder)
        {
            var aqi = DailyAqi.Calculate(summer, edition);
            Console.WriteLine($"   Summer day, O3 8-h 120 / 1-h 250, under {edition.ChineseName,-40}: AQI {aqi.Aqi,3} ({aqi.Level.ChineseName}), good day: {aqi.IsGoodDay}");
        }

        // 2026 also has a real-time (hourly) AQI, and publishes a day with missing data only when its AQI is above 100.
        var hour = HourlyAqi.Calculate(new HourlyConcentrations(so2: 801, no2: 20, co: 0.5m, o3: 60, pm10: 30, pm25: 20), AirQualityStandard.Edition2026);
        Console.WriteLine($"   Real-time AQI of an hour with SO2 801 µg/m³ (2026: IAQI 200 above 800): AQI {hour.Aqi}, primary {string.Join("/", hour.PrimaryPollutants.Select(p => p.Symbol))}");
        var quiet = DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: 50, pm25: null, co: 0.5m, o3EightHourMax: 90), AirQualityStandard.Edition2026);
        var dusty = DailyAqi.Publish(new DailyReadings(so2: 5, no2: 20, pm10: 200, pm25: null, co: 0.5m, o3EightHourMax: 90), AirQualityStandard.Edition2026);
        Console.WriteLine($"   PM2.5 missing (2026): a quiet day publishes AQI {quiet.Text}; a dusty day (PM10 200) still publishes AQI {dusty.Text}");

        // A month computed from daily values (invented), then the disclosure table for October 2026.
        var october = new YearMonth(2026, 10);
        var random = new Random(10);
        var days = october.ToDateInterval().Select(d => new KeyValuePair<LocalDate, DailyConcentrations>(d,
            new DailyConcentrations(6 + random.Next(5), 20 + random.Next(20), 50 + random.Next(60), 25 + random.Next(40), 0.5m + (random.Next(10) / 10m), 90 + random.Next(80))));
        var stats = MonthlyStatistics.Compute(october, days, standard);
        Console.WriteLine($"   {october:uuuu-MM} from {stats.ValidDays} days under {standard.ChineseName}: composite {stats.CompositeIndex}, " +
                          $"PM2.5 {stats.Pm25}, PM10 {stats.Pm10}, O3 {stats.O3}, CO {stats.Co}, good days {stats.GoodDays}");
        Console.WriteLine($"   composite-index limits: {stats.Limits} (the edition's transitional set; no official source fixes it, so a caller may pass its own)");
        Console.WriteLine();

        var areas = new[]
        {
            new AreaMonth("渭滨区", "城区", stats.ToPublished(), new MonthlyAirQuality(4.31m, 24, 38, 72, 141)),
            new AreaMonth("金台区", "城区", new MonthlyAirQuality(4.02m, 26, 33, 64, 138), new MonthlyAirQuality(4.15m, 24, 36, 70, 136)),
            new AreaMonth("陈仓区", "城区", new MonthlyAirQuality(4.10m, 25, 35, 66, 140), new MonthlyAirQuality(4.15m, 25, 36, 69, 140)),
            new AreaMonth("岐山县", "平原县", new MonthlyAirQuality(3.88m, 27, 31, 60, 132), new MonthlyAirQuality(4.02m, 20, 35, 66, 130)),
            new AreaMonth("扶风县", "平原县", new MonthlyAirQuality(3.95m, 24, 32, 61, 139), new MonthlyAirQuality(3.90m, 25, 31, 63, 131)),
            new AreaMonth("太白县", "山区县", new MonthlyAirQuality(2.61m, 31, 18, 35, 120), new MonthlyAirQuality(2.75m, 31, 20, 38, 118)),
            new AreaMonth("凤县", "山区县", new MonthlyAirQuality(2.88m, 30, 21, 40, 125), new MonthlyAirQuality(2.88m, 29, 22, 41, 121)),
        };
        Console.WriteLine(Table(october, ImprovementRanking.Rank(areas, TieRanking.Dense)));
    }

    /// <summary>The published layout: per area, each indicator's value, change and rank within the group.</summary>
    private static string Table(YearMonth month, IReadOnlyList<ImprovementRow> rows)
    {
        var indicators = AirQualityIndicator.InValueOrder;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"   {month.Year}年{month.Month}月各县区空气质量改善情况 (invented data, dense ranks)");
        text.Append("   县区     组别  ");
        foreach (var indicator in indicators)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {indicator.ChineseName,-5} 同比       排名 ");
        }

        text.AppendLine();
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"   {row.Area,-5}{row.Group,-4}");
            foreach (var indicator in indicators)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"| {DisclosureFormat.Value(indicator, row.Value(indicator)),-6}{DisclosureFormat.Change(indicator, row.Change(indicator)),-9} {row.Rank(indicator),3}  ");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
