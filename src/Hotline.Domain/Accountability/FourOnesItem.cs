namespace Hotline.Domain.Accountability;

/// <summary>
/// What a responsible unit must have under the city's hotline regulation: the "four ones" (四个一) — one telephone, one computer, one handler and
/// one person in charge — and a duty roster (值班制度).
/// </summary>
public sealed class FourOnesItem : Vocabulary<FourOnesItem>
{
    /// <summary>一部电话: a telephone for the hotline's calls.</summary>
    public static readonly FourOnesItem Telephone = new(nameof(Telephone), 1, "telephone", "一部电话");

    /// <summary>一台电脑: a computer connected to the work-order system.</summary>
    public static readonly FourOnesItem Computer = new(nameof(Computer), 2, "computer", "一台电脑");

    /// <summary>一名承办人员: a full- or part-time handler.</summary>
    public static readonly FourOnesItem Handler = new(nameof(Handler), 3, "handler", "一名承办人员");

    /// <summary>一名负责人: a person in charge.</summary>
    public static readonly FourOnesItem PersonInCharge = new(nameof(PersonInCharge), 4, "person-in-charge", "一名负责人");

    /// <summary>值班制度: a duty roster naming someone on duty on every day of the week.</summary>
    public static readonly FourOnesItem DutyRoster = new(nameof(DutyRoster), 5, "duty-roster", "值班制度");

    private FourOnesItem(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
