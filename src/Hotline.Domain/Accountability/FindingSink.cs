using System;
using System.Collections;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Accountability;

/// <summary>
/// The collection a rule that is not the library's adds its findings to: it accepts only findings under that rule about
/// the ticket (or unit) evaluated, and shows the rule only what it added in this call.
/// </summary>
internal sealed class FindingSink(List<Finding> into) : ICollection<Finding>
{
    private AccountabilityRule _rule = null!;
    private UnitId? _unit;
    private TicketId? _ticket;
    private int _start;

    public int Count => into.Count - _start;

    public bool IsReadOnly => false;

    public void ForTicket(AccountabilityRule rule, TicketId ticket) => Start(rule, null, ticket);

    public void ForUnit(AccountabilityRule rule, UnitId unit) => Start(rule, unit, null);

    public void Add(Finding item)
    {
        Guard.Against.Null(item);
        if (!item.Rule.Equals(_rule))
        {
            throw new ArgumentException(
                $"A rule reporting under {_rule.ChineseName} ({_rule.Name}) added a finding under {item.Rule.ChineseName} ({item.Rule.Name}); a rule reports under its own AccountabilityRule only.",
                nameof(item));
        }

        if (_ticket is not null ? item.Ticket != _ticket : (item.Unit != _unit || item.Ticket is not null))
        {
            throw new ArgumentException(
                $"The rule {_rule.Name} evaluated {(_ticket is not null ? $"ticket {_ticket}" : $"unit {_unit}")} and added a finding about unit {item.Unit}, ticket {item.Ticket?.Value ?? "none"}; a ticket's findings name that ticket, a unit's findings name that unit and no ticket.",
                nameof(item));
        }

        into.Add(item);
    }

    public void Clear() => throw new NotSupportedException("A rule adds findings; it cannot clear them.");

    public bool Remove(Finding item) => throw new NotSupportedException("A rule adds findings; it cannot remove them.");

    public bool Contains(Finding item) => into.IndexOf(item, _start) >= 0;

    public void CopyTo(Finding[] array, int arrayIndex) => into.CopyTo(_start, array, arrayIndex, Count);

    public IEnumerator<Finding> GetEnumerator()
    {
        for (var i = _start; i < into.Count; i++)
        {
            yield return into[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Start(AccountabilityRule rule, UnitId? unit, TicketId? ticket)
    {
        _rule = rule;
        _unit = unit;
        _ticket = ticket;
        _start = into.Count;
    }
}
