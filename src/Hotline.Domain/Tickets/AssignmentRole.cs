namespace Hotline.Domain.Tickets;

/// <summary>
/// A unit's part in handling an order (国办函〔2025〕66号; 北京市接诉即办工作条例 art. 14): the lead unit (主办) that signs
/// for it, replies and answers for the deadline, and the assisting units (协办) the platform adds, each reporting to the
/// lead within its own limit.
/// </summary>
public sealed class AssignmentRole : Vocabulary<AssignmentRole>
{
    /// <summary>主办: the unit the order is dispatched to; it replies, extends and returns.</summary>
    public static readonly AssignmentRole Lead = new(nameof(Lead), 1, "lead", "主办", "主办单位");

    /// <summary>协办: a unit the platform added to help the lead; it reports its part (协办反馈) once per round.</summary>
    public static readonly AssignmentRole Assisting = new(nameof(Assisting), 2, "assisting", "协办", "协办单位");

    private AssignmentRole(string name, int value, string code, string chineseName, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
    }
}
