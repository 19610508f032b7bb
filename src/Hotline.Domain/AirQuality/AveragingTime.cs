namespace Hotline.Domain.AirQuality;

/// <summary>The averaging time of a concentration, which selects its IAQI breakpoint row in HJ 633.</summary>
public sealed class AveragingTime : Vocabulary<AveragingTime>
{
    /// <summary>24-hour mean (daily mean).</summary>
    public static readonly AveragingTime TwentyFourHours = new(nameof(TwentyFourHours), 1, "24h", "24小时平均");

    /// <summary>1-hour mean (for a day: the day's maximum 1-hour mean).</summary>
    public static readonly AveragingTime OneHour = new(nameof(OneHour), 2, "1h", "1小时平均");

    /// <summary>8-hour moving mean (for a day: the day's maximum 8-hour mean; O3 only).</summary>
    public static readonly AveragingTime EightHours = new(nameof(EightHours), 3, "8h", "8小时滑动平均");

    private AveragingTime(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
