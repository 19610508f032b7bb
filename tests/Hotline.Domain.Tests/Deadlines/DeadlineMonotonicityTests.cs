using CsCheck;
using Hotline.Domain.Calendars;
using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// Laws every deadline keeps, on random clock starts over the official calendar (2007–2026) and in any zone the
/// policy names: a later clock start never gives an earlier due date, an extension never shortens a deadline, and a
/// due date is a working day the limit's number of working days after the start day.
/// </summary>
public class DeadlineMonotonicityTests
{
    private static readonly HandlingPolicy Baoji = HandlingPolicy.Baoji2019;
    private static readonly WorkingDayCalendar China = ChinaCalendars.Mainland;

    private static readonly TicketCategory[] WithLimits =
        [TicketCategory.Consultation, TicketCategory.HelpRequest, TicketCategory.Complaint, TicketCategory.Report, TicketCategory.Suggestion];

    private static readonly Complexity[] Complexities = [Complexity.General, Complexity.Complex, Complexity.EspeciallyComplex];

    // Clock starts from 2007-01-01 to 2026-10-01 (Beijing), so that 40 more days and 10 + 5 working days still fall inside the data.
    private static readonly Instant First = Moments.Beijing("2007-01-01 00:00");
    private static readonly long Span = (Moments.Beijing("2026-10-01 00:00") - First).BclCompatibleTicks / NodaConstants.TicksPerSecond;

    private static readonly Gen<Instant> ClockStart = Gen.Long[0, Span].Select(s => First + Duration.FromSeconds(s));
    private static readonly Gen<TicketCategory> Category = Gen.Int[0, WithLimits.Length - 1].Select(i => WithLimits[i]);
    private static readonly Gen<Complexity> AnyComplexity = Gen.Int[0, Complexities.Length - 1].Select(i => Complexities[i]);

    [Fact]
    public void A_later_clock_start_never_gives_an_earlier_due_date()
    {
        Gen.Select(Category, AnyComplexity, ClockStart, Gen.Long[0, 40L * 24 * 3600]).Sample((category, complexity, start, later) =>
        {
            var earlier = Baoji.DeadlineFor(category, complexity, start);
            var afterwards = Baoji.DeadlineFor(category, complexity, start + Duration.FromSeconds(later));
            return earlier.DueAt <= afterwards.DueAt && earlier.DueDate <= afterwards.DueDate;
        }, iter: 5_000);
    }

    [Fact]
    public void A_clock_start_on_the_same_local_day_gives_the_same_deadline_day()
    {
        Gen.Select(Category, AnyComplexity, ClockStart).Sample((category, complexity, start) =>
        {
            var day = start.InZone(Baoji.Zone).Date;
            var midnight = day.AtStartOfDayInZone(Baoji.Zone).ToInstant();
            var lastSecond = day.PlusDays(1).AtStartOfDayInZone(Baoji.Zone).ToInstant() - Duration.FromSeconds(1);
            var due = Baoji.DeadlineFor(category, complexity, start).DueAt;
            return Baoji.DeadlineFor(category, complexity, midnight).DueAt == due
                && Baoji.DeadlineFor(category, complexity, lastSecond).DueAt == due;
        }, iter: 3_000);
    }

    [Fact]
    public void The_due_date_is_a_working_day_the_limits_number_of_working_days_after_the_start_day()
    {
        Gen.Select(Category, AnyComplexity, ClockStart).Sample((category, complexity, start) =>
        {
            var deadline = Baoji.DeadlineFor(category, complexity, start);
            var startDay = start.InZone(Baoji.Zone).Date;
            return China.IsWorkingDay(deadline.DueDate)
                && China.WorkingDaysBetween(startDay, deadline.DueDate) == Baoji.LimitFor(category, complexity)
                && deadline.DueAt == deadline.DueDate.PlusDays(1).AtStartOfDayInZone(Baoji.Zone).ToInstant();
        }, iter: 3_000);
    }

    [Fact]
    public void An_extension_never_shortens_a_deadline_and_a_longer_one_never_ends_earlier()
    {
        Gen.Select(Category, ClockStart, Gen.Int[1, 4]).Sample((category, start, days) =>
        {
            var deadline = Baoji.DeadlineFor(category, Complexity.EspeciallyComplex, start);
            var extended = deadline.Extend(days);
            var longer = deadline.Extend(days + 1);
            return extended.DueAt > deadline.DueAt
                && longer.DueAt > extended.DueAt
                && extended.OriginalDueDate == deadline.DueDate
                && China.WorkingDaysBetween(deadline.DueDate, extended.DueDate) == days;
        }, iter: 3_000);
    }

    [Fact]
    public void A_longer_limit_never_gives_an_earlier_due_date_on_any_calendar_layering()
    {
        // Two policies on the same city calendar that differ only in the limit: the longer limit is never due earlier.
        Gen.Select(ClockStart, Gen.Int[1, 10], Gen.Int[0, 5]).Sample((start, limit, more) =>
        {
            HandlingPolicy With(int days) => HandlingPolicy.CreateBuilder("city", China).Limit(TicketCategory.Complaint, days).Build();
            var shorter = With(limit).DeadlineFor(TicketCategory.Complaint, Complexity.General, start);
            var longer = With(limit + more).DeadlineFor(TicketCategory.Complaint, Complexity.General, start);
            return shorter.DueAt <= longer.DueAt && (more == 0) == (shorter.DueAt == longer.DueAt);
        }, iter: 1_000);
    }
}
