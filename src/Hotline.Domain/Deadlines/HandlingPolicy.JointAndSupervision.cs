using System.Linq;
using Hotline.Domain.Calendars;
using NodaTime;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// Joint handling (主办/协办) and supervision (督办): the limits in whole working days that an assisting unit's report
/// and a supervision's answer run on, and whether the lead may reply before the assisting units' reports.
/// </summary>
/// <remarks>
/// 国办函〔2025〕66号 and the city regulations (北京市接诉即办工作条例 art. 14; 济南 art. 29; 潍坊 art. 22 and 24) let the
/// platform name assisting units beside the lead unit, each answering the lead within a limit of its own; a supervision
/// asks the lead for an answer within a limit too. Both are whole numbers of working days from the instant the
/// platform acts, ending at 24:00, as a handling deadline does.
/// </remarks>
public sealed partial class HandlingPolicy
{
    /// <summary>The longest limit, in working days, the policy sets for any category and complexity: the most an assisting unit or a supervision may be given.</summary>
    public int LongestLimitInWorkingDays => _limits.Max();

    /// <summary>
    /// Whether the lead unit may reply while an assisting unit of the round has not reported
    /// (<see cref="HandlingPolicyBuilder.AllowReplyBeforeAssistingReports"/>); by default it may not.
    /// </summary>
    public bool AllowsReplyBeforeAssistingReports => _steps.AllowReplyBeforeAssistingReports;

    /// <summary>
    /// When a limit of <paramref name="workingDays"/> from <paramref name="from"/> ends: 24:00 at the end of the
    /// <paramref name="workingDays"/>-th working day after the local date of <paramref name="from"/> (an assisting
    /// unit's report, a supervision's answer). A step at or after it is late.
    /// </summary>
    /// <param name="from">When the platform added the assisting unit or opened the supervision.</param>
    /// <param name="workingDays">1 to <see cref="LongestLimitInWorkingDays"/>.</param>
    /// <returns>The due instant.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1 to <see cref="LongestLimitInWorkingDays"/>, or <paramref name="from"/> is outside the supported instants (years 0001 to 9899, UTC).</exception>
    /// <exception cref="CalendarCoverageException">The limit runs beyond the calendar's coverage.</exception>
    public Instant DueAfterWorkingDays(Instant from, int workingDays)
    {
        var longest = LongestLimitInWorkingDays;
        Preconditions.OutOfRange(
            workingDays < 1 || workingDays > longest, workingDays, nameof(workingDays),
            $"Policy '{Name}' gives 1 to {longest} working days (its longest limit); got {workingDays}.");
        return StepDueAt(StepLimit.WorkingDays(workingDays), from)!.Value;
    }
}
