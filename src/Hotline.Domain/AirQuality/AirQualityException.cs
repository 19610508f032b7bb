namespace Hotline.Domain.AirQuality;

/// <summary>Air-quality input broke a rule of the standards or of the disclosure (a missing value, a zero base, an area twice…).</summary>
public sealed class AirQualityException : HotlineDomainException
{
    internal AirQualityException(string message)
        : base(message)
    {
    }
}
