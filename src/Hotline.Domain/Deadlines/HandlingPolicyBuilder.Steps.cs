using System.Linq;
using Ardalis.GuardClauses;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Deadlines;

/// <summary>The per-step limits: office hours, sign-in, contact, return and designation.</summary>
public sealed partial class HandlingPolicyBuilder
{
    private readonly StepSettings _steps;

    /// <summary>
    /// The office hours that <see cref="StepLimit.WorkingTime"/> limits count on. They must be built on the policy's
    /// calendar (checked at <see cref="Build"/>).
    /// </summary>
    /// <param name="hours">The schedule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
    public HandlingPolicyBuilder OfficeHours(WorkingHours hours)
    {
        _steps.OfficeHours = Guard.Against.Null(hours);
        return this;
    }

    /// <summary>The sign-in limit (签收时限) from the dispatch, for every urgency without its own.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="limit"/> is <see langword="null"/>.</exception>
    public HandlingPolicyBuilder SignInWithin(StepLimit limit)
    {
        _steps.SignIn = Guard.Against.Null(limit);
        return this;
    }

    /// <summary>The sign-in limit from the dispatch for orders of <paramref name="urgency"/>, overriding the general one.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HandlingPolicyBuilder SignInWithin(Urgency urgency, StepLimit limit)
    {
        _steps.SignInByUrgency[Guard.Against.Null(urgency)] = Guard.Against.Null(limit);
        return this;
    }

    /// <summary>The limit from the dispatch to the unit's first contact with the requester (联系诉求人), for every urgency without its own.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="limit"/> is <see langword="null"/>.</exception>
    public HandlingPolicyBuilder ContactRequesterWithin(StepLimit limit)
    {
        _steps.Contact = Guard.Against.Null(limit);
        return this;
    }

    /// <summary>The contact limit from the dispatch for orders of <paramref name="urgency"/> (30 minutes for urgent orders, say).</summary>
    /// <param name="urgency">The urgency.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HandlingPolicyBuilder ContactRequesterWithin(Urgency urgency, StepLimit limit)
    {
        _steps.ContactByUrgency[Guard.Against.Null(urgency)] = Guard.Against.Null(limit);
        return this;
    }

    /// <summary>A return (退回) is allowed only before this limit from the dispatch has passed; after it the unit handles the order.</summary>
    /// <param name="limit">The limit (1 or 2 working days in the regulations read).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="limit"/> is <see langword="null"/>.</exception>
    public HandlingPolicyBuilder ReturnWithin(StepLimit limit)
    {
        _steps.Return = Guard.Against.Null(limit);
        return this;
    }

    /// <summary>The <paramref name="dispatches"/>-th dispatch of an order designates its unit (指定承办), which may not return it.</summary>
    /// <param name="dispatches">1 to 100 (3 in Tianjin's draft rules).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="dispatches"/> is outside 1 to 100.</exception>
    public HandlingPolicyBuilder DesignateAfterDispatches(int dispatches)
    {
        _steps.DesignateAfterDispatches = Preconditions.OutOfRange(
            dispatches < 1 || dispatches > 100, dispatches, nameof(dispatches), $"Designation follows the 1st to the 100th dispatch; got {dispatches}.");
        return this;
    }

    /// <summary>
    /// Lets the lead unit reply while an assisting unit of the round has not reported (协办未反馈); the reply then
    /// records which had not (<c>TicketReplied.NotReportedBy</c>). By default such a reply is refused
    /// with the ticket rule <c>assisting-units-first</c>.
    /// </summary>
    /// <returns>This builder.</returns>
    public HandlingPolicyBuilder AllowReplyBeforeAssistingReports()
    {
        _steps.AllowReplyBeforeAssistingReports = true;
        return this;
    }

    private StepSettings CheckedSteps()
    {
        var hours = _steps.OfficeHours;
        if (hours is null && _steps.All().Any(l => l.Kind == StepLimitKind.WorkingTime))
        {
            throw new HandlingPolicyException(
                $"Policy '{_name}' has a step limit in working time but no office hours: add OfficeHours(hours) built on the policy's calendar, or give the limit in calendar time or working days.");
        }

        if (hours is not null && !ReferenceEquals(hours.Calendar, _calendar))
        {
            throw new HandlingPolicyException(
                $"Policy '{_name}' counts on calendar '{_calendar.Name}', but its office hours '{hours.Name}' are on calendar '{hours.Calendar.Name}': build the office hours on the policy's calendar.");
        }

        return _steps.Copy();
    }
}
