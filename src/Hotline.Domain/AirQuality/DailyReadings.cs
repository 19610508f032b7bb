using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// One day's concentrations as an instrument or a network reported them, any of which may be missing (a failed
/// analyser, too few valid hours): the input of <see cref="DailyAqi.Publish"/>. Units and meanings as in
/// <see cref="DailyConcentrations"/>.
/// </summary>
public sealed record DailyReadings
{
    /// <summary>Creates the day's readings; a missing one is <see langword="null"/>, a given one lies in 0 … <see cref="ConcentrationRange.Maximum"/>.</summary>
    /// <param name="so2">SO2 24-hour mean, µg/m³, or missing.</param>
    /// <param name="no2">NO2 24-hour mean, µg/m³, or missing.</param>
    /// <param name="pm10">PM10 24-hour mean, µg/m³, or missing.</param>
    /// <param name="pm25">PM2.5 24-hour mean, µg/m³, or missing.</param>
    /// <param name="co">CO 24-hour mean, mg/m³, or missing.</param>
    /// <param name="o3EightHourMax">O3 daily maximum 8-hour mean, µg/m³, or missing.</param>
    /// <param name="o3OneHourMax">O3 daily maximum 1-hour mean, µg/m³, or missing (used under 2012 only).</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A given value is negative or above <see cref="ConcentrationRange.Maximum"/>.</exception>
    public DailyReadings(decimal? so2, decimal? no2, decimal? pm10, decimal? pm25, decimal? co, decimal? o3EightHourMax, decimal? o3OneHourMax = null)
    {
        So2 = ConcentrationRange.Check(so2, nameof(so2));
        No2 = ConcentrationRange.Check(no2, nameof(no2));
        Pm10 = ConcentrationRange.Check(pm10, nameof(pm10));
        Pm25 = ConcentrationRange.Check(pm25, nameof(pm25));
        Co = ConcentrationRange.Check(co, nameof(co));
        O3EightHourMax = ConcentrationRange.Check(o3EightHourMax, nameof(o3EightHourMax));
        O3OneHourMax = ConcentrationRange.Check(o3OneHourMax, nameof(o3OneHourMax));
    }

    /// <summary>SO2 24-hour mean, µg/m³, or missing.</summary>
    public decimal? So2 { get; }

    /// <summary>NO2 24-hour mean, µg/m³, or missing.</summary>
    public decimal? No2 { get; }

    /// <summary>PM10 24-hour mean, µg/m³, or missing.</summary>
    public decimal? Pm10 { get; }

    /// <summary>PM2.5 24-hour mean, µg/m³, or missing.</summary>
    public decimal? Pm25 { get; }

    /// <summary>CO 24-hour mean, mg/m³, or missing.</summary>
    public decimal? Co { get; }

    /// <summary>O3 daily maximum 8-hour mean, µg/m³, or missing.</summary>
    public decimal? O3EightHourMax { get; }

    /// <summary>O3 daily maximum 1-hour mean, µg/m³, or missing.</summary>
    public decimal? O3OneHourMax { get; }

    /// <summary>The pollutants whose daily value is missing, in value order (the O3 1-hour maximum does not count: O3 is missing when its 8-hour value is).</summary>
    public IReadOnlyList<Pollutant> Missing =>
        new ReadOnlyCollection<Pollutant>(ByPollutant().Where(p => p.Value is null).Select(p => p.Key).ToList());

    /// <summary>The readings of a complete day.</summary>
    /// <param name="day">A complete day.</param>
    /// <returns>The same values as readings.</returns>
    public static DailyReadings From(DailyConcentrations day)
    {
        Guard.Against.Null(day);
        return new DailyReadings(day.So2, day.No2, day.Pm10, day.Pm25, day.Co, day.O3EightHourMax, day.O3OneHourMax);
    }

    internal IEnumerable<KeyValuePair<Pollutant, decimal?>> ByPollutant()
    {
        yield return new(Pollutant.So2, So2);
        yield return new(Pollutant.No2, No2);
        yield return new(Pollutant.Pm10, Pm10);
        yield return new(Pollutant.Pm25, Pm25);
        yield return new(Pollutant.Co, Co);
        yield return new(Pollutant.O3, O3EightHourMax);
    }
}
