namespace Hotline.Domain.Tickets;

/// <summary>
/// How hard the platform presses a unit on an order (督办, 国办发〔2020〕53号: 受理、派单、办理、答复、督办): routine
/// supervision, a listed case the platform names publicly, or an interview of the unit's leaders.
/// </summary>
public sealed class SupervisionLevel : Vocabulary<SupervisionLevel>
{
    /// <summary>日常督办: routine supervision by the hotline.</summary>
    public static readonly SupervisionLevel Routine = new(nameof(Routine), 1, "routine", "日常督办");

    /// <summary>挂牌督办: a listed case, supervised by name until it is settled.</summary>
    public static readonly SupervisionLevel Listed = new(nameof(Listed), 2, "listed", "挂牌督办");

    /// <summary>约谈督办: the unit's leaders are called in to answer for the order.</summary>
    public static readonly SupervisionLevel Interview = new(nameof(Interview), 3, "interview", "约谈督办");

    private SupervisionLevel(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
