using Hotline.Domain.Calendars;
using Hotline.Domain.Tickets;
using NodaTime;

namespace Hotline.Domain.Samples;

/// <summary>Section 2: a work order's deadline under a city's rules.</summary>
internal static class DeadlineTour
{
    public static void Run()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var zone = baoji.Zone;
        Console.WriteLine($"2. {baoji}");

        // A complaint dispatched at 16:00 on the eve of National Day 2026.
        var dispatched = new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant();
        var complaint = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, dispatched);
        Console.WriteLine($"   投诉/特别复杂 dispatched {dispatched.InZone(zone):uuuu-MM-dd HH:mm}: {complaint}");

        var onLastDay = new LocalDateTime(2026, 10, 20, 9, 0).InZoneStrictly(zone).ToInstant();
        Console.WriteLine($"   on {onLastDay.InZone(zone):uuuu-MM-dd HH:mm}: {complaint.WarningAt(onLastDay).ChineseName}, " +
                          $"{complaint.WorkingDaysRemainingAt(onLastDay)} working days left after today");

        var extended = complaint.Extend(5, requestedAt: onLastDay);
        Console.WriteLine($"   extended once by 5 working days: due {extended.DueDate:uuuu-MM-dd}");
        try
        {
            extended.Extend(1);
        }
        catch (ExtensionRefusedException e)
        {
            Console.WriteLine($"   a second extension: {e.Message}");
        }

        var consultation = baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, dispatched);
        Console.WriteLine($"   咨询 dispatched at the same time: due {consultation.DueDate:uuuu-MM-dd}, overdue from {consultation.DueAt.InZone(zone):uuuu-MM-dd HH:mm}");
        Console.WriteLine($"   dispatch service level: a call at 16:00 must be dispatched by {baoji.DispatchDueAt(dispatched).InZone(zone):HH:mm}");

        // A second city, built from its own rules: Guangdong 2022, counted from receipt.
        var guangdong = HandlingPolicy.Create("广东省 (2022)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Receipt)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Limit(TicketCategory.Complaint, 15)
            .Limit(TicketCategory.Report, 15)
            .UrgentLimit(Urgency.Urgent, respondWithin: Duration.FromMinutes(30), resultWithin: Duration.FromHours(24))
            .Build();
        Console.WriteLine($"   {guangdong.Name}: the same complaint is due {guangdong.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched).DueDate:uuuu-MM-dd}; " +
                          $"if urgent, result by {guangdong.UrgentDeadlineFor(Urgency.Urgent, dispatched).ResultBy.InZone(zone):uuuu-MM-dd HH:mm}");
        Console.WriteLine();
    }
}
