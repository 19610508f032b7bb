using System;

namespace Hotline.Domain.AirQuality;

/// <summary>The five indicators of the monthly improvement disclosure, and how each change is measured and ranked.</summary>
public sealed class AirQualityIndicator : Vocabulary<AirQualityIndicator>
{
    /// <summary>空气质量综合指数: % change; a lower change ranks higher.</summary>
    public static readonly AirQualityIndicator CompositeIndex = new(nameof(CompositeIndex), 1, "composite-index", "综合指数", m => m.CompositeIndex, isPercentChange: true);

    /// <summary>优良天数: change in days; more days ranks higher.</summary>
    public static readonly AirQualityIndicator GoodDays = new(nameof(GoodDays), 2, "good-days", "优良天数", m => m.GoodDays, isPercentChange: false);

    /// <summary>PM2.5: % change; a lower change ranks higher.</summary>
    public static readonly AirQualityIndicator Pm25 = new(nameof(Pm25), 3, "pm2.5", "PM2.5", m => m.Pm25, isPercentChange: true);

    /// <summary>PM10: % change; a lower change ranks higher.</summary>
    public static readonly AirQualityIndicator Pm10 = new(nameof(Pm10), 4, "pm10", "PM10", m => m.Pm10, isPercentChange: true);

    /// <summary>O3 (90th percentile of daily max 8-hour): % change; a lower change ranks higher.</summary>
    public static readonly AirQualityIndicator O3 = new(nameof(O3), 5, "o3", "O3", m => m.O3, isPercentChange: true);

    private readonly Func<MonthlyAirQuality, decimal> _read;

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: removing the body was checked by
    // hand on 2026-12-01 and fails the AirQuality tests.
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private AirQualityIndicator(string name, int value, string code, string chineseName, Func<MonthlyAirQuality, decimal> read, bool isPercentChange)
        : base(name, value, code, chineseName)
    {
        _read = read;
        IsPercentChange = isPercentChange;
    }

    /// <summary>
    /// <see langword="true"/> when the change is a percentage of last year's value, rounded to 1 decimal (lower is better);
    /// <see langword="false"/> for good days, a signed number of days (more is better).
    /// </summary>
    public bool IsPercentChange { get; }

    internal decimal Read(MonthlyAirQuality month) => _read(month);

    /// <summary>Orders changes so that the best improvement comes first.</summary>
    internal int CompareImprovement(decimal a, decimal b) => IsPercentChange ? a.CompareTo(b) : b.CompareTo(a);
}
