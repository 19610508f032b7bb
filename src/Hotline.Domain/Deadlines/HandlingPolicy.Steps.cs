using Ardalis.GuardClauses;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>The per-step limits after a dispatch: sign-in, contact with the requester, return, and designation.</summary>
/// <remarks>
/// These run from the dispatch and are independent of the urgent hour limits (<see cref="UrgentDeadlineFor"/>, which run
/// from the clock start and time the response and the result on calendar time) and of the handling deadline in working
/// days, which an urgent order keeps: a step limit says when a step is late, never when the order is due.
/// </remarks>
public sealed partial class HandlingPolicy
{
    /// <summary>The office hours <see cref="StepLimit.WorkingTime"/> limits count on, or <see langword="null"/>.</summary>
    public WorkingHours? OfficeHours => _steps.OfficeHours;

    /// <summary>
    /// The dispatch that designates its unit (指定承办): the n-th dispatch of an order; its unit may not return it.
    /// <see langword="null"/> when the policy never designates.
    /// </summary>
    public int? DesignateAfterDispatches => _steps.DesignateAfterDispatches == 0 ? null : _steps.DesignateAfterDispatches;

    /// <summary>The limit that allows a return after a dispatch, or <see langword="null"/> when returns are not timed.</summary>
    public StepLimit? ReturnLimit => _steps.Return;

    /// <summary>The sign-in limit of an order of <paramref name="urgency"/>: its own, else the general one, else <see langword="null"/>.</summary>
    /// <param name="urgency">The order's urgency.</param>
    /// <returns>The limit, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="urgency"/> is <see langword="null"/>.</exception>
    public StepLimit? SignInLimit(Urgency urgency) => _steps.SignInFor(Guard.Against.Null(urgency));

    /// <summary>The contact limit of an order of <paramref name="urgency"/>: its own, else the general one, else <see langword="null"/>.</summary>
    /// <param name="urgency">The order's urgency.</param>
    /// <returns>The limit, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="urgency"/> is <see langword="null"/>.</exception>
    public StepLimit? ContactLimit(Urgency urgency) => _steps.ContactFor(Guard.Against.Null(urgency));

    /// <summary>When a unit must have signed in for an order dispatched at <paramref name="dispatchedAt"/>; a sign-in at or after it is late.</summary>
    /// <param name="urgency">The order's urgency.</param>
    /// <param name="dispatchedAt">The dispatch.</param>
    /// <returns>The due instant, or <see langword="null"/> when the policy has no sign-in limit for the urgency.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="urgency"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="dispatchedAt"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">A working-time or working-day limit runs beyond the calendar's coverage.</exception>
    public Instant? SignInDueAt(Urgency urgency, Instant dispatchedAt) => StepDueAt(SignInLimit(urgency), dispatchedAt);

    /// <summary>When the unit must first have contacted the requester after a dispatch at <paramref name="dispatchedAt"/>; a contact at or after it is late.</summary>
    /// <param name="urgency">The order's urgency.</param>
    /// <param name="dispatchedAt">The dispatch.</param>
    /// <returns>The due instant, or <see langword="null"/> when the policy has no contact limit for the urgency.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="urgency"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="dispatchedAt"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">A working-time or working-day limit runs beyond the calendar's coverage.</exception>
    public Instant? ContactDueAt(Urgency urgency, Instant dispatchedAt) => StepDueAt(ContactLimit(urgency), dispatchedAt);

    /// <summary>The end of the return window after a dispatch at <paramref name="dispatchedAt"/>: a return at or after it is refused.</summary>
    /// <param name="dispatchedAt">The dispatch.</param>
    /// <returns>The instant, or <see langword="null"/> when returns are not timed.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="dispatchedAt"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">A working-time or working-day limit runs beyond the calendar's coverage.</exception>
    public Instant? ReturnWindowEndsAt(Instant dispatchedAt) => StepDueAt(_steps.Return, dispatchedAt);

    // The one decision of a step's due instant, for the live dispatch and for replay.
    internal Instant? StepDueAt(StepLimit? limit, Instant from)
    {
        Preconditions.InRange(from, nameof(from));
        if (limit is null)
        {
            return null;
        }

        if (limit.Kind == StepLimitKind.CalendarTime)
        {
            return from + limit.Within;
        }

        if (limit.Kind == StepLimitKind.WorkingTime)
        {
            return _steps.OfficeHours!.AddWorkingTime(from, limit.Within);
        }

        return EndOfDay(Due(LocalDateOf(from), limit.WorkingDayCount).Value);
    }
}
