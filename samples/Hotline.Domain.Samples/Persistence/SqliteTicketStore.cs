using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Microsoft.Data.Sqlite;

namespace Hotline.Domain.Samples.Persistence;

/// <summary>
/// Work orders in SQLite as an event stream per ticket: <c>ticket_events(ticket_id, sequence, type, at, data)</c> with
/// primary key <c>(ticket_id, sequence)</c>. <see cref="Save(Ticket)"/> appends the ticket's uncommitted events in one
/// transaction at the sequences after <see cref="Ticket.LoadedVersion"/>, so a concurrent writer's append collides on
/// the key (optimistic concurrency); <see cref="Load"/> reads them back through <see cref="Ticket.Rehydrate"/>.
/// </summary>
/// <remarks>Creates a store on an open connection, with the policy tickets are rehydrated under.</remarks>
/// <param name="connection">An open connection.</param>
/// <param name="policy">The handling policy (the same instance the tickets were built with, for equal deadlines).</param>
public sealed class SqliteTicketStore(SqliteConnection connection, HandlingPolicy policy)
{
    private const int PrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY

    /// <summary>Creates the events table if it does not exist.</summary>
    public void CreateSchema()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS ticket_events (
                ticket_id TEXT    NOT NULL,
                sequence  INTEGER NOT NULL,
                type      TEXT    NOT NULL,
                at        TEXT    NOT NULL,
                data      TEXT    NOT NULL,
                PRIMARY KEY (ticket_id, sequence)
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Appends the ticket's uncommitted events in one transaction, then marks them committed.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <exception cref="ConcurrencyException">Someone appended to the ticket since it was loaded: reload and retry the action.</exception>
    public void Save(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        Save([ticket]);
    }

    /// <summary>Appends the uncommitted events of several tickets in one transaction, then marks them committed.</summary>
    /// <param name="tickets">The tickets.</param>
    /// <exception cref="ConcurrencyException">Someone appended to one of them since it was loaded; nothing is saved.</exception>
    public void Save(IReadOnlyCollection<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO ticket_events (ticket_id, sequence, type, at, data) VALUES ($id, $sequence, $type, $at, $data)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var sequence = insert.Parameters.Add("$sequence", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var data = insert.Parameters.Add("$data", SqliteType.Text);
        foreach (var ticket in tickets)
        {
            foreach (var e in ticket.UncommittedEvents)
            {
                var (kind, json) = TicketEventJson.Write(e);
                id.Value = ticket.Id.Value;
                sequence.Value = e.Sequence;
                type.Value = kind;
                at.Value = e.At.ToString();
                data.Value = json;
                try
                {
                    insert.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == PrimaryKeyViolation)
                {
                    throw new ConcurrencyException(ticket.Id, ticket.LoadedVersion, ex);
                }
            }
        }

        transaction.Commit();
        foreach (var ticket in tickets)
        {
            ticket.MarkCommitted();
        }
    }

    /// <summary>Loads a ticket by replaying its events.</summary>
    /// <param name="id">The ticket's id.</param>
    /// <returns>The ticket, with no uncommitted events.</returns>
    /// <exception cref="KeyNotFoundException">No such ticket.</exception>
    public Ticket Load(TicketId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT type, data FROM ticket_events WHERE ticket_id = $id ORDER BY sequence";
        query.Parameters.AddWithValue("$id", id.Value);
        var events = new List<TicketEvent>();
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                events.Add(TicketEventJson.Read(reader.GetString(0), reader.GetString(1)));
            }
        }

        return events.Count == 0 ? throw new KeyNotFoundException($"No ticket {id} in the store.") : Ticket.Rehydrate(policy, events);
    }

    /// <summary>The ids of every stored ticket, in order.</summary>
    /// <returns>The ids.</returns>
    public IReadOnlyList<TicketId> Ids()
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT DISTINCT ticket_id FROM ticket_events ORDER BY ticket_id";
        var ids = new List<TicketId>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(new TicketId(reader.GetString(0)));
        }

        return ids;
    }
}
