using System.Text.Json;
using Hotline.Domain.Tickets;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Hotline.Domain.Samples.Persistence;

/// <summary>
/// Ticket events as JSON: System.Text.Json with NodaTime's converters (Instant as ISO "…Z" with nanoseconds,
/// LocalDate as "uuuu-MM-dd"). The event's stable name (<see cref="TicketEventKind"/> code) goes in its own column,
/// so no CLR type name is stored.
/// </summary>
public static class TicketEventJson
{
    /// <summary>The serializer options: NodaTime configured with the TZDB provider.</summary>
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>The event's stable name and its JSON.</summary>
    /// <param name="ticketEvent">The event.</param>
    /// <returns>The <see cref="TicketEventKind"/> code and the data.</returns>
    public static (string Type, string Data) Write(TicketEvent ticketEvent) =>
        (TicketEventKind.Of(ticketEvent).Code, JsonSerializer.Serialize(ticketEvent, ticketEvent.GetType(), Options));

    /// <summary>Reads an event back from its stable name and JSON.</summary>
    /// <param name="type">The <see cref="TicketEventKind"/> code.</param>
    /// <param name="data">The JSON.</param>
    /// <returns>The event.</returns>
    public static TicketEvent Read(string type, string data) =>
        (TicketEvent)(JsonSerializer.Deserialize(data, TicketEventKind.FromCode(type).EventType, Options)
            ?? throw new JsonException($"Event data of type '{type}' is null."));
}
