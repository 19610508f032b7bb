using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// A month's statistics under HJ 663: SO2, NO2, PM10 and PM2.5 means, the CO 95th and O3 8-hour 90th percentiles,
/// rounded by GB/T 8170 (concentrations to integers, CO to 1 decimal), the composite index Σ C/S to 2 decimals and
/// the number of good days. A month needs at least 27 daily values (25 in February) to be valid.
/// </summary>
public sealed class MonthlyStatistics
{
    private MonthlyStatistics(YearMonth month, AirQualityStandard standard, CompositeIndexLimits limits, int days, int required, decimal so2, decimal no2, decimal pm10, decimal pm25, decimal co, decimal o3, int goodDays)
    {
        Month = month;
        Standard = standard;
        Limits = limits;
        ValidDays = days;
        RequiredDays = required;
        So2 = so2;
        No2 = no2;
        Pm10 = pm10;
        Pm25 = pm25;
        Co = co;
        O3 = o3;
        GoodDays = goodDays;
        CompositeIndex = limits.IndexOf(so2, no2, pm10, pm25, co, o3);
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The edition used (for the daily AQIs, hence the good days).</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The limits the composite index was computed with: the edition's, unless the caller passed its own.</summary>
    public CompositeIndexLimits Limits { get; }

    /// <summary>How many valid daily values the month has.</summary>
    public int ValidDays { get; }

    /// <summary>How many it needs: 27, or 25 in February.</summary>
    public int RequiredDays { get; }

    /// <summary>Whether the month has enough daily values for its statistics to be published.</summary>
    public bool IsValid => ValidDays >= RequiredDays;

    /// <summary>SO2 monthly mean, µg/m³, rounded to an integer.</summary>
    public decimal So2 { get; }

    /// <summary>NO2 monthly mean, µg/m³, rounded to an integer.</summary>
    public decimal No2 { get; }

    /// <summary>PM10 monthly mean, µg/m³, rounded to an integer.</summary>
    public decimal Pm10 { get; }

    /// <summary>PM2.5 monthly mean, µg/m³, rounded to an integer.</summary>
    public decimal Pm25 { get; }

    /// <summary>CO 95th percentile of daily means, mg/m³, rounded to 1 decimal.</summary>
    public decimal Co { get; }

    /// <summary>O3 90th percentile of daily maximum 8-hour means, µg/m³, rounded to an integer.</summary>
    public decimal O3 { get; }

    /// <summary>The composite index Σ Cᵢ/Sᵢ over the six pollutants (from the rounded values), to 2 decimals. Larger is worse.</summary>
    public decimal CompositeIndex { get; }

    /// <summary>Days with AQI ≤ 100.</summary>
    public int GoodDays { get; }

    /// <summary>Computes a month's statistics from its daily values, with the edition's composite-index limits.</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <param name="days">The month's days with valid values; a date outside the month or twice is an error.</param>
    /// <param name="standard">The edition to compute under.</param>
    /// <returns>The statistics; check <see cref="IsValid"/> before publishing.</returns>
    /// <exception cref="System.ArgumentException">A day's value is null, or the month or a day is not in the ISO calendar.</exception>
    /// <exception cref="AirQualityException">No day was given, a day lies outside the month, or a day is given twice.</exception>
    public static MonthlyStatistics Compute(YearMonth month, IEnumerable<KeyValuePair<LocalDate, DailyConcentrations>> days, AirQualityStandard standard) =>
        Compute(month, days, Guard.Against.Null(standard), standard.CompositeIndexLimits);

    /// <summary>
    /// Computes a month's statistics from its daily values, with the caller's composite-index limits (no official
    /// source available to the library fixes the set after 2026-03-01; see <see cref="CompositeIndexLimits"/>).
    /// </summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <param name="days">The month's days with valid values; a date outside the month or twice is an error.</param>
    /// <param name="standard">The edition to compute the daily AQIs (good days) under.</param>
    /// <param name="limits">The limits Sᵢ of the composite index.</param>
    /// <returns>The statistics; check <see cref="IsValid"/> before publishing.</returns>
    /// <exception cref="System.ArgumentException">A day's value is null, or the month or a day is not in the ISO calendar.</exception>
    /// <exception cref="AirQualityException">No day was given, a day lies outside the month, or a day is given twice.</exception>
    public static MonthlyStatistics Compute(YearMonth month, IEnumerable<KeyValuePair<LocalDate, DailyConcentrations>> days, AirQualityStandard standard, CompositeIndexLimits limits)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(standard);
        Guard.Against.Null(limits);
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new System.ArgumentException($"The month must be in the ISO calendar; {month:uuuu-MM} is in the {month.Calendar.Id} calendar.", nameof(month));
        }

        var list = days.ToList();
        foreach (var day in list)
        {
            if (day.Value is null)
            {
                throw new System.ArgumentException($"{day.Key:uuuu-MM-dd} has no concentrations (null); leave a day without valid values out.", nameof(days));
            }

            if (day.Key.Calendar != CalendarSystem.Iso)
            {
                throw new System.ArgumentException($"{day.Key:uuuu-MM-dd} is in the {day.Key.Calendar.Id} calendar; give ISO dates.", nameof(days));
            }
        }

        var interval = month.ToDateInterval();
        foreach (var day in list.Where(d => !interval.Contains(d.Key)))
        {
            throw new AirQualityException($"{day.Key:uuuu-MM-dd} is not in {month:uuuu-MM}; give only the month's days.");
        }

        var twice = list.GroupBy(d => d.Key).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new AirQualityException($"{twice.Key:uuuu-MM-dd} is given {twice.Count()} times; give one value per day.");
        }

        if (list.Count == 0)
        {
            throw new AirQualityException($"{month:uuuu-MM} has no daily values.");
        }

        // Concentrations are bounded (ConcentrationRange), so no mean or percentile below can overflow.
        var values = list.Select(d => d.Value).ToList();
        decimal Mean(System.Func<DailyConcentrations, decimal> pick) => Gb8170.Round(values.Average(pick), 0);
        var required = month.Month == 2 ? 25 : 27;
        return new MonthlyStatistics(
            month,
            standard,
            limits,
            list.Count,
            required,
            Mean(v => v.So2),
            Mean(v => v.No2),
            Mean(v => v.Pm10),
            Mean(v => v.Pm25),
            Gb8170.Round(HjPercentile.Of(values.Select(v => v.Co), 95), 1),
            Gb8170.Round(HjPercentile.Of(values.Select(v => v.O3EightHourMax), 90), 0),
            values.Count(v => DailyAqi.Calculate(v, standard).IsGoodDay));
    }

    /// <summary>The month as the disclosure publishes it.</summary>
    /// <returns>The published values.</returns>
    /// <exception cref="AirQualityException">The month is not valid (too few daily values).</exception>
    public MonthlyAirQuality ToPublished()
    {
        if (!IsValid)
        {
            throw new AirQualityException(
                $"{Month:uuuu-MM} has {ValidDays} valid daily values; HJ 663 needs at least {RequiredDays} to publish a monthly statistic.");
        }

        return new MonthlyAirQuality(CompositeIndex, GoodDays, (int)Pm25, (int)Pm10, (int)O3);
    }
}
