namespace Hotline.Domain.AirQuality;

/// <summary>
/// One hour's concentrations for the real-time report (实时报) of HJ 633-2026: the 1-hour means of SO2, NO2, O3,
/// PM10 and PM2.5 (µg/m³) and CO (mg/m³).
/// </summary>
public sealed record HourlyConcentrations
{
    /// <summary>Creates the hour's values; each lies in 0 … <see cref="ConcentrationRange.Maximum"/>.</summary>
    /// <param name="so2">SO2 1-hour mean, µg/m³.</param>
    /// <param name="no2">NO2 1-hour mean, µg/m³.</param>
    /// <param name="co">CO 1-hour mean, mg/m³.</param>
    /// <param name="o3">O3 1-hour mean, µg/m³.</param>
    /// <param name="pm10">PM10 1-hour mean, µg/m³.</param>
    /// <param name="pm25">PM2.5 1-hour mean, µg/m³.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is negative or above <see cref="ConcentrationRange.Maximum"/>.</exception>
    public HourlyConcentrations(decimal so2, decimal no2, decimal co, decimal o3, decimal pm10, decimal pm25)
    {
        So2 = ConcentrationRange.Check(so2, nameof(so2));
        No2 = ConcentrationRange.Check(no2, nameof(no2));
        Co = ConcentrationRange.Check(co, nameof(co));
        O3 = ConcentrationRange.Check(o3, nameof(o3));
        Pm10 = ConcentrationRange.Check(pm10, nameof(pm10));
        Pm25 = ConcentrationRange.Check(pm25, nameof(pm25));
    }

    /// <summary>SO2 1-hour mean, µg/m³.</summary>
    public decimal So2 { get; }

    /// <summary>NO2 1-hour mean, µg/m³.</summary>
    public decimal No2 { get; }

    /// <summary>CO 1-hour mean, mg/m³.</summary>
    public decimal Co { get; }

    /// <summary>O3 1-hour mean, µg/m³.</summary>
    public decimal O3 { get; }

    /// <summary>PM10 1-hour mean, µg/m³.</summary>
    public decimal Pm10 { get; }

    /// <summary>PM2.5 1-hour mean, µg/m³.</summary>
    public decimal Pm25 { get; }
}
