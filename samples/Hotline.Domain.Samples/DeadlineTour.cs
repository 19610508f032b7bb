using System.Globalization;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;
using NodaTime;

namespace Hotline.Domain.Samples;

/// <summary>Section 2: a work order's deadline under a city's rules.</summary>
internal static class DeadlineTour
{
    public static void Run()
    {
        var baoji = HandlingPolicy.Baoji2019;
        var zone = baoji.Zone;
        Tour.Section(2, "Work-order deadlines");

        Tour.Step("2.1", "A city's handling rules",
            "Each city sets how many working days a unit has to handle a work order (工单), by category and complexity; Baoji's are built in.");
        Tour.Line("policy", $"{baoji.Name}: clock starts at {baoji.ClockStart.ChineseName} (dispatch), counted in {zone.Id}");
        var complexities = Complexity.InValueOrder;
        var table = new List<string[]> { new[] { "category" }.Concat(complexities.Select(c => c.ChineseName)).ToArray() };
        table.AddRange(baoji.AcceptedCategories.Select(category =>
            new[] { category.ChineseName }.Concat(complexities.Select(c => $"{baoji.LimitFor(category, c)} days")).ToArray()));
        Tour.Table(table.ToArray());
        Tour.Line("extension", baoji.Extension);

        Tour.Step("2.2", "One complaint's deadline",
            "The day the clock starts is not counted; the order is due at 24:00 at the end of its last working day.");
        var dispatched = new LocalDateTime(2026, 9, 30, 16, 0).InZoneStrictly(zone).ToInstant();
        var complaint = baoji.DeadlineFor(TicketCategory.Complaint, Complexity.EspeciallyComplex, dispatched);
        Tour.Line("投诉, 特别复杂, dispatched", dispatched.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Tour.Line("limit", $"{complaint.WorkingDays} working days (National Day week skipped)");
        Tour.Line("last working day", complaint.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Tour.Line("late from", complaint.DueAt.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture));

        Tour.Step("2.3", "Warnings and extensions",
            "On its last day an order turns yellow (临期); an especially complex one may be extended once, if asked before the deadline.");
        var lastDay = new LocalDateTime(2026, 10, 20, 9, 0).InZoneStrictly(zone).ToInstant();
        Tour.Line($"on {lastDay.InZone(zone):uuuu-MM-dd HH:mm}", $"{complaint.WarningAt(lastDay).ChineseName}, {complaint.WorkingDaysRemainingAt(lastDay)} working days left after today");
        var extended = complaint.Extend(5, requestedAt: lastDay);
        Tour.Line("extended by 5 working days", $"due {extended.DueDate:uuuu-MM-dd}");
        try
        {
            extended.Extend(1);
        }
        catch (ExtensionRefusedException e)
        {
            Tour.Line("a second extension", $"refused: {e.Message}");
        }

        Tour.Step("2.4", "Service levels",
            "A call must become a dispatched work order within minutes; a consultation is due sooner than a complaint.");
        Tour.Line("call at 16:00, dispatch by", baoji.DispatchDueAt(dispatched).InZone(zone).ToString("HH:mm", CultureInfo.InvariantCulture));
        var consultation = baoji.DeadlineFor(TicketCategory.Consultation, Complexity.General, dispatched);
        Tour.Line("咨询 dispatched at 16:00, due", $"{consultation.DueDate:uuuu-MM-dd} (late from {consultation.DueAt.InZone(zone):uuuu-MM-dd HH:mm})");

        Tour.Step("2.5", "Another city's rules, and adapting a preset",
            "Rules are data: build another city's with the builder, or adapt a preset with ToBuilder() instead of retyping it.");
        var guangdong = HandlingPolicy.CreateBuilder("广东省 (2022)", ChinaCalendars.Mainland)
            .ClockStartsAt(ClockStart.Receipt)
            .Limit(TicketCategory.Consultation, 2)
            .Limit(TicketCategory.HelpRequest, 10)
            .Limit(TicketCategory.Suggestion, 10)
            .Limit(TicketCategory.Complaint, 15)
            .Limit(TicketCategory.Report, 15)
            .UrgentLimit(Urgency.Urgent, respondWithin: Duration.FromMinutes(30), resultWithin: Duration.FromHours(24))
            .Build();
        Tour.Line("广东省, the same complaint, due", guangdong.DeadlineFor(TicketCategory.Complaint, Complexity.General, dispatched).DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Tour.Line("广东省, if urgent, result by", guangdong.UrgentDeadlineFor(Urgency.Urgent, dispatched).ResultBy.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture));
        var lateInYear = new LocalDateTime(2026, 12, 24, 10, 0).InZoneStrictly(zone).ToInstant();
        var provisional = baoji.ToBuilder().AllowProvisionalDeadlines().Build()
            .DeadlineFor(TicketCategory.Complaint, Complexity.General, lateInYear);
        Tour.Line("宝鸡, allowing provisional, 12-24", $"due {provisional.DueDate:uuuu-MM-dd}, provisional: {provisional.IsProvisional} (2027 notice not in the calendar)");
    }
}
