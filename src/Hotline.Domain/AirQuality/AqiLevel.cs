using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>The six AQI levels of HJ 633 (优 … 严重污染), with their ranges and the standard's colours.</summary>
public sealed class AqiLevel : Vocabulary<AqiLevel>
{
    /// <summary>一级 优: AQI 0–50, green. HJ 633-2026 states the range as 1–50; an all-zero day computes to 0, which the library keeps (and calls 优).</summary>
    public static readonly AqiLevel Excellent = new(nameof(Excellent), 1, "excellent", "优", 0, 50, "绿色", "#00E400");

    /// <summary>二级 良: AQI 51–100, yellow.</summary>
    public static readonly AqiLevel Good = new(nameof(Good), 2, "good", "良", 51, 100, "黄色", "#FFFF00");

    /// <summary>三级 轻度污染: AQI 101–150, orange.</summary>
    public static readonly AqiLevel LightlyPolluted = new(nameof(LightlyPolluted), 3, "lightly-polluted", "轻度污染", 101, 150, "橙色", "#FF7E00");

    /// <summary>四级 中度污染: AQI 151–200, red.</summary>
    public static readonly AqiLevel ModeratelyPolluted = new(nameof(ModeratelyPolluted), 4, "moderately-polluted", "中度污染", 151, 200, "红色", "#FF0000");

    /// <summary>五级 重度污染: AQI 201–300, purple.</summary>
    public static readonly AqiLevel HeavilyPolluted = new(nameof(HeavilyPolluted), 5, "heavily-polluted", "重度污染", 201, 300, "紫色", "#99004C");

    /// <summary>六级 严重污染: AQI above 300, maroon.</summary>
    public static readonly AqiLevel SeverelyPolluted = new(nameof(SeverelyPolluted), 6, "severely-polluted", "严重污染", 301, int.MaxValue, "褐红色", "#7E0023");

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: removing the body was checked by
    // hand on 2026-12-01 and fails the AirQuality tests.
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private AqiLevel(string name, int value, string code, string chineseName, int minimumAqi, int maximumAqi, string colourName, string colourHex)
        : base(name, value, code, chineseName)
    {
        MinimumAqi = minimumAqi;
        MaximumAqi = maximumAqi;
        ColourName = colourName;
        ColourHex = colourHex;
    }

    /// <summary>The lowest AQI of the level.</summary>
    public int MinimumAqi { get; }

    /// <summary>The highest AQI of the level (<see cref="int.MaxValue"/> for the last).</summary>
    public int MaximumAqi { get; }

    /// <summary>The colour's Chinese name (绿色, 黄色, 橙色, 红色, 紫色, 褐红色).</summary>
    public string ColourName { get; }

    /// <summary>The colour as published in HJ 633 (RGB), as a hex string such as <c>#00E400</c>.</summary>
    public string ColourHex { get; }

    /// <summary>The level of an AQI value.</summary>
    /// <param name="aqi">An AQI, 0 or more.</param>
    /// <returns>The level.</returns>
    public static AqiLevel Of(int aqi)
    {
        Guard.Against.Negative(aqi);
        return aqi <= 50 ? Excellent
            : aqi <= 100 ? Good
            : aqi <= 150 ? LightlyPolluted
            : aqi <= 200 ? ModeratelyPolluted
            : aqi <= 300 ? HeavilyPolluted
            : SeverelyPolluted;
    }
}
