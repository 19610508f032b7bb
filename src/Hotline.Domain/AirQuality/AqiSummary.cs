using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Hotline.Domain.AirQuality;

/// <summary>What the daily and the hourly AQI share: the AQI is the largest IAQI, and the pollutants at it are primary above 50.</summary>
internal static class AqiSummary
{
    internal static readonly ReadOnlyCollection<Pollutant> None = Array.AsReadOnly(Array.Empty<Pollutant>());

    internal static int Aqi(IReadOnlyDictionary<Pollutant, int> iaqi) => iaqi.Values.Max();

    internal static ReadOnlyCollection<Pollutant> Primary(IReadOnlyDictionary<Pollutant, int> iaqi, int aqi) =>
        aqi <= 50 ? None : Where(iaqi, value => value == aqi);

    internal static ReadOnlyCollection<Pollutant> Where(IReadOnlyDictionary<Pollutant, int> iaqi, Func<int, bool> keep) =>
        Array.AsReadOnly(iaqi.Where(p => keep(p.Value)).Select(p => p.Key).OrderBy(p => p.Value).ToArray());
}
