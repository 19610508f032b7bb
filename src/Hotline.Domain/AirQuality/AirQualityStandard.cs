using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace Hotline.Domain.AirQuality;

/// <summary>
/// An edition of China's ambient air-quality standards: GB 3095 (limits), HJ 633 (AQI) and HJ 663 (assessment).
/// It carries the IAQI breakpoints, the edition's rules (rounding, the above-800 rules, which indicators make the
/// daily AQI) and the limits of the composite index. The edition is always a parameter — a 2019 report must be
/// computed under the 2012 rules even after the 2026 editions took effect.
/// </summary>
public sealed class AirQualityStandard : Vocabulary<AirQualityStandard>
{
    private static readonly int[] IaqiSteps = [0, 50, 100, 150, 200, 300, 400, 500];

    /// <summary>
    /// GB 3095-2012 with HJ 633-2012 and HJ 663-2013: seven daily indicators (the O3 1-hour maximum included),
    /// IAQIs computed from the concentrations as given, SO2 1-hour and O3 8-hour above 800 µg/m³ handed over to the
    /// other averaging time, the non-attainment pollutant (超标污染物).
    /// </summary>
    public static readonly AirQualityStandard Edition2012 = new(
        nameof(Edition2012), 2012, "gb3095-2012", "GB 3095-2012 / HJ 633-2012 / HJ 663-2013", new LocalDate(2016, 1, 1),
        pm10TwentyFourHourAt100: 150m, pm25TwentyFourHourAt100: 75m, CompositeIndexLimits.Gb3095Of2012, is2026: false);

    /// <summary>
    /// GB 3095-2026 with HJ 633-2026 and HJ 663-2026, in force from 2026-03-01 (HJ 633-2026 table 3): PM10 and PM2.5
    /// 24-hour breakpoints 120 and 60 µg/m³ at IAQI 100, every other row as in 2012; six daily indicators (no O3
    /// 1-hour); concentrations rounded by GB/T 8170 before the IAQI; SO2 1-hour above 800 µg/m³ gives IAQI 200 and O3
    /// 8-hour above 800 µg/m³ gives IAQI 300; a real-time (hourly) AQI; composite-index limits: the transitional
    /// grade-II set (see <see cref="CompositeIndexLimits"/>).
    /// </summary>
    public static readonly AirQualityStandard Edition2026 = new(
        nameof(Edition2026), 2026, "gb3095-2026", "GB 3095-2026 / HJ 633-2026 / HJ 663-2026", new LocalDate(2026, 3, 1),
        pm10TwentyFourHourAt100: 120m, pm25TwentyFourHourAt100: 60m, CompositeIndexLimits.Gb3095Of2026Transitional, is2026: true);

    private readonly Dictionary<(Pollutant, AveragingTime), ReadOnlyCollection<decimal>> _breakpoints;

    // What a concentration above the last breakpoint gives, per row: null = hand over to the other averaging time.
    private readonly Dictionary<(Pollutant, AveragingTime), int?> _aboveTop;

    private AirQualityStandard(
        string name,
        int value,
        string code,
        string chineseName,
        LocalDate inForceFrom,
        decimal pm10TwentyFourHourAt100,
        decimal pm25TwentyFourHourAt100,
        CompositeIndexLimits compositeIndexLimits,
        bool is2026)
        : base(name, value, code, chineseName)
    {
        InForceFrom = inForceFrom;
        CompositeIndexLimits = compositeIndexLimits;
        RoundsConcentrations = is2026;
        DailyAqiUsesO3OneHour = !is2026;
        DefinesNonAttainmentPollutants = !is2026;
        HasHourlyAqi = is2026;
        StatesMissingDataRule = is2026;
        var pm10 = Row(0, 50, pm10TwentyFourHourAt100, 250, 350, 420, 500, 600);
        var pm25 = Row(0, 35, pm25TwentyFourHourAt100, 115, 150, 250, 350, 500);
        var so2OneHour = (Pollutant.So2, AveragingTime.OneHour);
        var o3EightHours = (Pollutant.O3, AveragingTime.EightHours);
        _breakpoints = new Dictionary<(Pollutant, AveragingTime), ReadOnlyCollection<decimal>>
        {
            [(Pollutant.So2, AveragingTime.TwentyFourHours)] = Row(0, 50, 150, 475, 800, 1600, 2100, 2620),
            [so2OneHour] = Row(0, 150, 500, 650, 800),
            [(Pollutant.No2, AveragingTime.TwentyFourHours)] = Row(0, 40, 80, 180, 280, 565, 750, 940),
            [(Pollutant.No2, AveragingTime.OneHour)] = Row(0, 100, 200, 700, 1200, 2340, 3090, 3840),
            [(Pollutant.Pm10, AveragingTime.TwentyFourHours)] = pm10,
            [(Pollutant.Co, AveragingTime.TwentyFourHours)] = Row(0, 2, 4, 14, 24, 36, 48, 60),
            [(Pollutant.Co, AveragingTime.OneHour)] = Row(0, 5, 10, 35, 60, 90, 120, 150),
            [(Pollutant.O3, AveragingTime.OneHour)] = Row(0, 160, 200, 300, 400, 800, 1000, 1200),
            [o3EightHours] = Row(0, 100, 160, 215, 265, 800),
            [(Pollutant.Pm25, AveragingTime.TwentyFourHours)] = pm25,
        };
        if (is2026)
        {
            // HJ 633-2026's real-time report indexes the PM 1-hour values on the 24-hour breakpoints.
            _breakpoints[(Pollutant.Pm10, AveragingTime.OneHour)] = pm10;
            _breakpoints[(Pollutant.Pm25, AveragingTime.OneHour)] = pm25;
        }

        _aboveTop = new Dictionary<(Pollutant, AveragingTime), int?>();
        foreach (var key in _breakpoints.Keys)
        {
            _aboveTop[key] = IaqiSteps[IaqiSteps.Length - 1];
        }

        _aboveTop[so2OneHour] = is2026 ? 200 : null;
        _aboveTop[o3EightHours] = is2026 ? 300 : null;
    }

    /// <summary>The day the edition took effect (for <see cref="InForceOn"/>).</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>
    /// The composite index's limits Sᵢ that go with the edition. For 2026 no official source available to the library
    /// fixes the set: it is the transitional grade-II set, and a caller may pass its own to <see cref="MonthlyStatistics"/>.
    /// </summary>
    public CompositeIndexLimits CompositeIndexLimits { get; }

    /// <summary>
    /// Whether concentrations are rounded by GB/T 8170 (half to even; µg/m³ to integers, CO to 1 decimal) before the
    /// IAQI is computed: HJ 633-2026 §4.2.2. The 2012 material held here states no such rule, so 2012 computes from
    /// the values as given.
    /// </summary>
    public bool RoundsConcentrations { get; }

    /// <summary>Whether the daily AQI includes the O3 daily maximum 1-hour mean (2012: seven indicators; 2026: six, without it).</summary>
    public bool DailyAqiUsesO3OneHour { get; }

    /// <summary>Whether the edition defines the non-attainment pollutant (超标污染物, IAQI above 100): 2012 yes, 2026 deleted it.</summary>
    public bool DefinesNonAttainmentPollutants { get; }

    /// <summary>Whether the library computes the edition's real-time (hourly) AQI: 2026 only (2012's used inputs the library does not hold).</summary>
    public bool HasHourlyAqi { get; }

    /// <summary>Whether the edition states how to publish a day with missing data (2026: the AQI if above 100, otherwise "NA").</summary>
    public bool StatesMissingDataRule { get; }

    /// <summary>The edition in force on <paramref name="date"/> (2026 edition from 2026-03-01, else 2012).</summary>
    /// <param name="date">A day in the ISO calendar.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is in another calendar system: the library does not
    /// convert silently; convert with <c>date.WithCalendar(CalendarSystem.Iso)</c> first.</exception>
    public static AirQualityStandard InForceOn(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The date must be in the ISO calendar; {date:uuuu-MM-dd} is in the {date.Calendar.Id} calendar. Convert it with date.WithCalendar(CalendarSystem.Iso) first.",
                nameof(date));
        }

        return date >= Edition2026.InForceFrom ? Edition2026 : Edition2012;
    }

    /// <summary>The composite index limit S of one pollutant (<see cref="CompositeIndexLimits"/>).</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The limit in the pollutant's unit.</returns>
    public decimal CompositeIndexLimit(Pollutant pollutant) => CompositeIndexLimits.Of(pollutant);

    /// <summary>
    /// The concentration breakpoints of a pollutant and averaging time, for IAQI 0, 50, 100, 150, 200, 300, 400, 500
    /// (as far as defined). Under 2026 the PM10 and PM2.5 1-hour rows are their 24-hour rows (the real-time report).
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging time.</param>
    /// <returns>The breakpoints, ascending, read-only.</returns>
    /// <exception cref="AirQualityException">The standard defines no IAQI for that pair (for example PM2.5 1-hour under 2012).</exception>
    public IReadOnlyList<decimal> Breakpoints(Pollutant pollutant, AveragingTime averaging) => RowOf(pollutant, averaging);

    /// <summary>
    /// The concentration the IAQI is computed from: under an edition that <see cref="RoundsConcentrations"/>, rounded
    /// by GB/T 8170 (µg/m³ to an integer, CO in mg/m³ to 1 decimal); otherwise as given.
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="concentration">The concentration in the pollutant's unit.</param>
    /// <returns>The concentration used.</returns>
    public decimal ConcentrationForIaqi(Pollutant pollutant, decimal concentration)
    {
        Guard.Against.Null(pollutant);
        ConcentrationRange.Check(concentration, nameof(concentration));
        return RoundsConcentrations ? Gb8170.Round(concentration, pollutant == Pollutant.Co ? 1 : 0) : concentration;
    }

    /// <summary>
    /// The individual air-quality index (IAQI) of a concentration: the concentration as the edition takes it
    /// (<see cref="ConcentrationForIaqi"/>), linear interpolation between the breakpoints, rounded up to an integer.
    /// Above the last breakpoint: IAQI 500, except SO2 1-hour and O3 8-hour above 800 µg/m³, which under 2026 give
    /// 200 and 300 and under 2012 return <see langword="null"/> (the IAQI comes from the other averaging time).
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging time.</param>
    /// <param name="concentration">The concentration in the pollutant's unit, 0 to <see cref="ConcentrationRange.Maximum"/>.</param>
    /// <returns>The IAQI, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The concentration is negative or above <see cref="ConcentrationRange.Maximum"/>.</exception>
    /// <exception cref="AirQualityException">The edition defines no IAQI for that pair.</exception>
    public int? Iaqi(Pollutant pollutant, AveragingTime averaging, decimal concentration)
    {
        var row = RowOf(pollutant, averaging);
        var c = ConcentrationForIaqi(pollutant, concentration);
        if (c > row[row.Count - 1])
        {
            return _aboveTop[(pollutant, averaging)];
        }

        // The first breakpoint at or above c: row[0] is 0 and c is not negative, so the search starts at 1, and c is
        // at most the last breakpoint, so it ends within the row.
        var i = 1;
        while (c > row[i])
        {
            i++;
        }

        var (lowC, highC, lowI, highI) = (row[i - 1], row[i], IaqiSteps[i - 1], IaqiSteps[i]);
        var iaqi = ((highI - lowI) * (c - lowC) / (highC - lowC)) + lowI;
        return (int)decimal.Ceiling(iaqi);
    }

    private static ReadOnlyCollection<decimal> Row(params decimal[] breakpoints) => Array.AsReadOnly(breakpoints);

    private ReadOnlyCollection<decimal> RowOf(Pollutant pollutant, AveragingTime averaging)
    {
        Guard.Against.Null(pollutant);
        Guard.Against.Null(averaging);
        return _breakpoints.TryGetValue((pollutant, averaging), out var row)
            ? row
            : throw new AirQualityException($"{ChineseName} defines no IAQI for {pollutant.Symbol} {averaging.Code}.");
    }
}
