namespace Hotline.Domain.AirQuality;

/// <summary>The six pollutants of GB 3095 and HJ 633, with their units.</summary>
public sealed class Pollutant : Vocabulary<Pollutant>
{
    /// <summary>二氧化硫 SO2, µg/m³.</summary>
    public static readonly Pollutant So2 = new(nameof(So2), 1, "so2", "二氧化硫", "SO2", MicrogramsPerCubicMetre);

    /// <summary>二氧化氮 NO2, µg/m³.</summary>
    public static readonly Pollutant No2 = new(nameof(No2), 2, "no2", "二氧化氮", "NO2", MicrogramsPerCubicMetre);

    /// <summary>可吸入颗粒物 PM10, µg/m³.</summary>
    public static readonly Pollutant Pm10 = new(nameof(Pm10), 3, "pm10", "可吸入颗粒物", "PM10", MicrogramsPerCubicMetre);

    /// <summary>细颗粒物 PM2.5, µg/m³.</summary>
    public static readonly Pollutant Pm25 = new(nameof(Pm25), 4, "pm2.5", "细颗粒物", "PM2.5", MicrogramsPerCubicMetre);

    /// <summary>一氧化碳 CO, mg/m³.</summary>
    public static readonly Pollutant Co = new(nameof(Co), 5, "co", "一氧化碳", "CO", MilligramsPerCubicMetre);

    /// <summary>臭氧 O3, µg/m³.</summary>
    public static readonly Pollutant O3 = new(nameof(O3), 6, "o3", "臭氧", "O3", MicrogramsPerCubicMetre);

    private const string MicrogramsPerCubicMetre = "µg/m³";
    private const string MilligramsPerCubicMetre = "mg/m³";

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: removing the body was checked by
    // hand on 2026-12-01 and fails the AirQuality tests.
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private Pollutant(string name, int value, string code, string chineseName, string symbol, string unit)
        : base(name, value, code, chineseName, symbol)
    {
        Symbol = symbol;
        Unit = unit;
    }

    /// <summary>The chemical symbol as published (for example <c>PM2.5</c>).</summary>
    public string Symbol { get; }

    /// <summary>The concentration unit: <c>µg/m³</c>, or <c>mg/m³</c> for CO.</summary>
    public string Unit { get; }
}
