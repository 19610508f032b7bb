namespace Hotline.Domain.Deadlines;

/// <summary>How a <see cref="StepLimit"/> counts time.</summary>
public sealed class StepLimitKind : Vocabulary<StepLimitKind>
{
    /// <summary>自然时间: natural time, nights and days off included.</summary>
    public static readonly StepLimitKind CalendarTime = new(nameof(CalendarTime), 1, "calendar-time", "自然时间");

    /// <summary>工作时间: time inside the policy's office hours (<see cref="HandlingPolicy.OfficeHours"/>).</summary>
    public static readonly StepLimitKind WorkingTime = new(nameof(WorkingTime), 2, "working-time", "工作时间");

    /// <summary>工作日: to 24:00 at the end of the n-th working day after the step's start, as the handling limit counts.</summary>
    public static readonly StepLimitKind WorkingDays = new(nameof(WorkingDays), 3, "working-days", "工作日");

    private StepLimitKind(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
