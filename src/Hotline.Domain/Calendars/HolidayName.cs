using Ardalis.GuardClauses;

namespace Hotline.Domain.Calendars;

/// <summary>The name of a holiday, in Chinese and in English (for example 春节 / Spring Festival).</summary>
public sealed record HolidayName
{
    /// <summary>元旦, New Year's Day.</summary>
    public static readonly HolidayName NewYear = new("元旦", "New Year's Day");

    /// <summary>春节, Spring Festival (Chinese New Year).</summary>
    public static readonly HolidayName SpringFestival = new("春节", "Spring Festival");

    /// <summary>清明节, Qingming Festival (Tomb-sweeping Day).</summary>
    public static readonly HolidayName Qingming = new("清明节", "Qingming Festival");

    /// <summary>劳动节, Labour Day.</summary>
    public static readonly HolidayName LabourDay = new("劳动节", "Labour Day");

    /// <summary>端午节, Dragon Boat Festival.</summary>
    public static readonly HolidayName DragonBoat = new("端午节", "Dragon Boat Festival");

    /// <summary>中秋节, Mid-Autumn Festival.</summary>
    public static readonly HolidayName MidAutumn = new("中秋节", "Mid-Autumn Festival");

    /// <summary>国庆节, National Day.</summary>
    public static readonly HolidayName NationalDay = new("国庆节", "National Day");

    /// <summary>中秋节、国庆节, Mid-Autumn Festival and National Day taken as one run.</summary>
    public static readonly HolidayName MidAutumnAndNationalDay = new("中秋节、国庆节", "Mid-Autumn Festival and National Day");

    /// <summary>The 70th anniversary of victory in the War of Resistance against Japanese Aggression (2015-09-03, a one-off holiday).</summary>
    public static readonly HolidayName VictoryDay70 = new("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th Anniversary of Victory Day");

    private HolidayName(string chinese, string english)
    {
        Chinese = chinese;
        English = english;
    }

    /// <summary>The Chinese name, as the notice writes it.</summary>
    public string Chinese { get; }

    /// <summary>The English name.</summary>
    public string English { get; }

    /// <summary>Creates a holiday name, for a regional or organisational holiday (for example 三月三 / Sanyuesan Festival).</summary>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <returns>The name.</returns>
    public static HolidayName Create(string chinese, string english) =>
        new(Guard.Against.NullOrWhiteSpace(chinese).Trim(), Guard.Against.NullOrWhiteSpace(english).Trim());

    /// <inheritdoc />
    public override string ToString() => $"{Chinese} ({English})";
}
