using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>A supervision (督办) the platform opened on an order and the lead unit has not answered yet (<see cref="Ticket.OpenSupervision"/>). An immutable view with value equality.</summary>
public sealed record TicketSupervision
{
    internal TicketSupervision(SupervisionLevel level, Instant at, Instant respondBy)
    {
        Level = level;
        At = at;
        RespondBy = respondBy;
    }

    /// <summary>The level: 日常督办, 挂牌督办 or 约谈督办.</summary>
    public SupervisionLevel Level { get; }

    /// <summary>When the platform opened it.</summary>
    public Instant At { get; }

    /// <summary>When the answer is due: an answer at or after it is late.</summary>
    public Instant RespondBy { get; }
}
