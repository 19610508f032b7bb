namespace Hotline.Domain.AirQuality;

/// <summary>
/// One day's concentrations at a site or for an area, as HJ 633's daily AQI needs them: 24-hour means of SO2, NO2,
/// PM10, PM2.5 (µg/m³) and CO (mg/m³), and O3's daily maximum 8-hour mean and, optionally, maximum 1-hour mean
/// (an indicator of the 2012 daily AQI only). For a day with missing values use <see cref="DailyReadings"/>.
/// </summary>
public sealed record DailyConcentrations
{
    /// <summary>Creates the day's values; every concentration lies in 0 … <see cref="ConcentrationRange.Maximum"/>.</summary>
    /// <param name="so2">SO2 24-hour mean, µg/m³.</param>
    /// <param name="no2">NO2 24-hour mean, µg/m³.</param>
    /// <param name="pm10">PM10 24-hour mean, µg/m³.</param>
    /// <param name="pm25">PM2.5 24-hour mean, µg/m³.</param>
    /// <param name="co">CO 24-hour mean, mg/m³.</param>
    /// <param name="o3EightHourMax">O3 daily maximum 8-hour mean, µg/m³.</param>
    /// <param name="o3OneHourMax">O3 daily maximum 1-hour mean, µg/m³, if measured: used under 2012 only (needed there when the 8-hour value exceeds 800).</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is negative or above <see cref="ConcentrationRange.Maximum"/>.</exception>
    public DailyConcentrations(decimal so2, decimal no2, decimal pm10, decimal pm25, decimal co, decimal o3EightHourMax, decimal? o3OneHourMax = null)
    {
        So2 = ConcentrationRange.Check(so2, nameof(so2));
        No2 = ConcentrationRange.Check(no2, nameof(no2));
        Pm10 = ConcentrationRange.Check(pm10, nameof(pm10));
        Pm25 = ConcentrationRange.Check(pm25, nameof(pm25));
        Co = ConcentrationRange.Check(co, nameof(co));
        O3EightHourMax = ConcentrationRange.Check(o3EightHourMax, nameof(o3EightHourMax));
        O3OneHourMax = ConcentrationRange.Check(o3OneHourMax, nameof(o3OneHourMax));
    }

    /// <summary>SO2 24-hour mean, µg/m³.</summary>
    public decimal So2 { get; }

    /// <summary>NO2 24-hour mean, µg/m³.</summary>
    public decimal No2 { get; }

    /// <summary>PM10 24-hour mean, µg/m³.</summary>
    public decimal Pm10 { get; }

    /// <summary>PM2.5 24-hour mean, µg/m³.</summary>
    public decimal Pm25 { get; }

    /// <summary>CO 24-hour mean, mg/m³.</summary>
    public decimal Co { get; }

    /// <summary>O3 daily maximum 8-hour mean, µg/m³.</summary>
    public decimal O3EightHourMax { get; }

    /// <summary>O3 daily maximum 1-hour mean, µg/m³, if measured.</summary>
    public decimal? O3OneHourMax { get; }
}
