using NodaTime;

namespace Hotline.Domain.Tickets;

/// <summary>
/// One accepted action on a work order, as plain immutable data: what (the record's type), when (<see cref="At"/>),
/// who (<see cref="ByUnit"/>, <see cref="ByStaff"/>) and its data, including the facts decided at the time (a deadline,
/// a reply's timeliness). Fields are strings, numbers, booleans, NodaTime values and vocabulary codes only, so any
/// serializer can store and load them; records give value equality.
/// </summary>
/// <remarks>
/// Store the event's stable name (<see cref="TicketEventKind.Of(TicketEvent)"/>, its <c>Code</c>) next to its data and
/// read it back with <see cref="TicketEventKind.EventType"/>; no CLR type name needs to reach the database.
/// <see cref="Ticket.Rehydrate"/> replays events through the same rules as the live actions.
/// <para>The hierarchy is closed: the library's sealed records are the only events (see
/// <see cref="TicketEventKind"/>); a type outside the library cannot derive one.</para>
/// </remarks>
/// <param name="Sequence">The 1-based position in the ticket's history (the version after this event).</param>
/// <param name="At">When it happened.</param>
/// <param name="ByUnit">The acting unit's id, or <see langword="null"/> for the platform.</param>
/// <param name="ByStaff">The acting staff member's id.</param>
public abstract record TicketEvent(int Sequence, Instant At, string? ByUnit, string ByStaff)
{
    // The event's kind. Internal and abstract, so the hierarchy is closed to the library: a type outside it cannot
    // override the member, so it cannot derive a concrete event (replay would refuse one anyway).
    internal abstract TicketEventKind Kind { get; }
}
