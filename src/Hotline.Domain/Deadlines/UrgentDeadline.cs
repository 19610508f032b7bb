using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>The hour limits of an urgent order, on calendar time (not working days): respond by, result by.</summary>
public readonly record struct UrgentDeadline
{
    internal UrgentDeadline(Urgency urgency, Instant start, Instant respondBy, Instant resultBy)
    {
        Urgency = urgency;
        Start = start;
        RespondBy = respondBy;
        ResultBy = resultBy;
    }

    /// <summary>The order's urgency.</summary>
    public Urgency Urgency { get; }

    /// <summary>When the clock started.</summary>
    public Instant Start { get; }

    /// <summary>The instant by which the unit must respond (sign in / make contact); a response at or after it is late.</summary>
    public Instant RespondBy { get; }

    /// <summary>The instant by which the result is due; a result at or after it is late.</summary>
    public Instant ResultBy { get; }
}
