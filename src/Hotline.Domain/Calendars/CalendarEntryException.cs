namespace Hotline.Domain.Calendars;

/// <summary>A calendar entry or layer broke a rule: a kind on the wrong day of the week, or two entries for one day that contradict each other.</summary>
public sealed class CalendarEntryException : HotlineDomainException
{
    internal CalendarEntryException(string message)
        : base(message)
    {
    }
}
