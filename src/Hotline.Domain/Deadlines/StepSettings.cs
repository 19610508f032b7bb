using System.Collections.Generic;
using Hotline.Domain.Calendars;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// The per-step settings a policy holds (office hours, sign-in, contact and return limits, designation), copied
/// whole between a builder and a policy so that neither shares a dictionary with the other.
/// </summary>
internal sealed class StepSettings
{
    public WorkingHours? OfficeHours { get; set; }

    public StepLimit? SignIn { get; set; }

    public Dictionary<Urgency, StepLimit> SignInByUrgency { get; private set; } = new();

    public StepLimit? Contact { get; set; }

    public Dictionary<Urgency, StepLimit> ContactByUrgency { get; private set; } = new();

    public StepLimit? Return { get; set; }

    public int DesignateAfterDispatches { get; set; }

    public bool AllowReplyBeforeAssistingReports { get; set; }

    public int CallbackAttempts { get; set; } = 2;

    public bool ReviewRepliesBeforeCallback { get; set; }

    public StepSettings Copy() => new()
    {
        OfficeHours = OfficeHours,
        SignIn = SignIn,
        SignInByUrgency = new Dictionary<Urgency, StepLimit>(SignInByUrgency),
        Contact = Contact,
        ContactByUrgency = new Dictionary<Urgency, StepLimit>(ContactByUrgency),
        Return = Return,
        DesignateAfterDispatches = DesignateAfterDispatches,
        AllowReplyBeforeAssistingReports = AllowReplyBeforeAssistingReports,
        CallbackAttempts = CallbackAttempts,
        ReviewRepliesBeforeCallback = ReviewRepliesBeforeCallback,
    };

    public StepLimit? SignInFor(Urgency urgency) => SignInByUrgency.TryGetValue(urgency, out var limit) ? limit : SignIn;

    public StepLimit? ContactFor(Urgency urgency) => ContactByUrgency.TryGetValue(urgency, out var limit) ? limit : Contact;

    public IEnumerable<StepLimit> All()
    {
        foreach (var limit in new[] { SignIn, Contact, Return })
        {
            if (limit is not null)
            {
                yield return limit;
            }
        }

        foreach (var limit in SignInByUrgency.Values)
        {
            yield return limit;
        }

        foreach (var limit in ContactByUrgency.Values)
        {
            yield return limit;
        }
    }
}
