namespace Hotline.Domain.Deadlines;

/// <summary>How urgent an order is (一般 / 紧急 / 特急). Urgent orders may have hour limits on calendar time.</summary>
public sealed class Urgency : Vocabulary<Urgency>
{
    /// <summary>一般: normal; only the working-day limits apply.</summary>
    public static readonly Urgency Normal = new(nameof(Normal), 1, "normal", "一般");

    /// <summary>紧急: urgent.</summary>
    public static readonly Urgency Urgent = new(nameof(Urgent), 2, "urgent", "紧急");

    /// <summary>特急: extremely urgent (risk to life or property).</summary>
    public static readonly Urgency ExtremelyUrgent = new(nameof(ExtremelyUrgent), 3, "extremely-urgent", "特急");

    private Urgency(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
