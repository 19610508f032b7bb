using System;
using Ardalis.GuardClauses;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Deadlines;

/// <summary>Reading stored deadlines back.</summary>
public sealed partial class HandlingPolicy
{
    /// <summary>
    /// Restores a stored deadline under this policy, proving the policy still matches the one that set it: same
    /// <see cref="Name"/>, same limit in working days, an extension history the <see cref="Extension"/> rule allows, and
    /// the same due date. A provisional deadline may get a different due date — that is the point of restoring it once
    /// the year's notice is in the calendar — and comes back provisional only if it still is.
    /// </summary>
    /// <param name="snapshot">What <see cref="HandlingDeadline.ToSnapshot"/> gave.</param>
    /// <returns>The deadline, as <see cref="DeadlineFor"/> and <see cref="HandlingDeadline.Extend(int)"/> would give it now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its codes is <see langword="null"/>.</exception>
    /// <exception cref="VocabularyItemNotFoundException">A code is unknown.</exception>
    /// <exception cref="HandlingPolicyException">The snapshot does not match this policy (another policy, another limit, an extension the rule does not allow, or another due date).</exception>
    /// <exception cref="CalendarCoverageException">The deadline falls outside the calendar's coverage and the policy does not allow provisional answers.</exception>
    public HandlingDeadline Restore(HandlingDeadlineSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        if (snapshot.PolicyName != Name)
        {
            throw Mismatch(snapshot, $"it was set under policy '{snapshot.PolicyName}'");
        }

        var category = TicketCategory.FromCode(Guard.Against.Null(snapshot.CategoryCode, nameof(snapshot)));
        var complexity = Complexity.FromCode(Guard.Against.Null(snapshot.ComplexityCode, nameof(snapshot)));
        var deadline = DeadlineFor(category, complexity, snapshot.ClockStart);
        if (deadline.WorkingDays != snapshot.WorkingDays)
        {
            throw Mismatch(snapshot, $"its limit was {snapshot.WorkingDays} working days, this policy's is {deadline.WorkingDays}");
        }

        var used = snapshot.ExtensionsUsed;
        var by = snapshot.ExtendedByWorkingDays;
        var extensionsFit = used == 0
            ? by == 0
            : Extension.Allows(complexity) && used <= Extension.MaxExtensions && by >= used && by <= (long)used * Extension.MaxWorkingDays;
        if (!extensionsFit)
        {
            throw Mismatch(snapshot, $"it records {used} extension(s) adding {by} working days, which the extension rule ({Extension}) does not allow");
        }

        // Stryker disable once Conditional : equivalent when false, a count of 0 added working days gives the original due date back.
        var due = used == 0 ? new CalendarAnswer<NodaTime.LocalDate>(deadline.DueDate, deadline.IsProvisional) : Due(deadline.OriginalDueDate, by);
        if (snapshot.IsStatutory)
        {
            return RestoreStatutory(snapshot, deadline, due.Value, used, by);
        }

        if (due.Value != snapshot.DueDate && !snapshot.IsProvisional)
        {
            throw Mismatch(snapshot, $"it was due {snapshot.DueDate:uuuu-MM-dd}, but this policy's calendar ({Calendar.Name}) gives {due.Value:uuuu-MM-dd}");
        }

        // Stryker disable once Conditional : equivalent when false, the deadline built with no extension equals the one above.
        return used == 0
            ? deadline
            : new HandlingDeadline(this, category, complexity, snapshot.ClockStart, deadline.WorkingDays, deadline.OriginalDueDate, due.Value, EndOfDay(due.Value),
                deadline.IsProvisional || due.IsProvisional, used, by);
    }

    // A statutory period's date is the law's, taken as recorded; it must be an ISO date after the hotline's due date,
    // as the order that approved it required.
    private HandlingDeadline RestoreStatutory(HandlingDeadlineSnapshot snapshot, HandlingDeadline deadline, NodaTime.LocalDate hotlineDue, int used, int by)
    {
        var date = snapshot.DueDate;
        if (!Preconditions.IsGivenDueDate(date) || date <= hotlineDue)
        {
            throw Mismatch(snapshot, $"its statutory due date {date:uuuu-MM-dd} ({date.Calendar.Id}) is not an ISO date after the hotline's due date {hotlineDue:uuuu-MM-dd}");
        }

        return new HandlingDeadline(this, deadline.Category, deadline.Complexity, snapshot.ClockStart, deadline.WorkingDays, deadline.OriginalDueDate, date, EndOfDay(date), false, used, by, true);
    }

    private HandlingPolicyException Mismatch(HandlingDeadlineSnapshot snapshot, string why) =>
        new($"The stored deadline ({snapshot.CategoryCode}/{snapshot.ComplexityCode}, clock started {snapshot.ClockStart}) does not match policy '{Name}': {why}. " +
            "Restore it under the policy that set it, or recompute it with DeadlineFor as a new deadline.");
}
