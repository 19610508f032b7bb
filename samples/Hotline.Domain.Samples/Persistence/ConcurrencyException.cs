using Hotline.Domain.Tickets;

namespace Hotline.Domain.Samples.Persistence;

/// <summary>Another writer appended to the ticket after it was loaded: reload it and re-run the action (which may now, correctly, be refused).</summary>
public sealed class ConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The ticket.</param>
    /// <param name="expectedVersion">The version it was loaded at.</param>
    /// <param name="inner">The key violation.</param>
    public ConcurrencyException(TicketId id, int expectedVersion, Exception inner)
        : base($"Ticket {id} was changed by someone else after it was loaded at version {expectedVersion}; reload it and retry.", inner)
    {
        TicketId = id;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>The ticket.</summary>
    public TicketId TicketId { get; }

    /// <summary>The version it was loaded at.</summary>
    public int ExpectedVersion { get; }
}
