namespace Hotline.Domain.Deadlines;

/// <summary>The event that starts a work order's handling clock. The start day itself is never counted (Civil Code art. 201).</summary>
public sealed class ClockStart : Vocabulary<ClockStart>
{
    /// <summary>派单: when the platform dispatches the order (the default, as in the Baoji 2019 limits, <see cref="HandlingPolicy.Baoji2019"/>).</summary>
    public static readonly ClockStart Dispatch = new(nameof(Dispatch), 1, "dispatch", "派单");

    /// <summary>签收: when the responsible unit signs for the order.</summary>
    public static readonly ClockStart SignIn = new(nameof(SignIn), 2, "sign-in", "签收");

    /// <summary>受理: when the platform receives the request (Guangdong 2022).</summary>
    public static readonly ClockStart Receipt = new(nameof(Receipt), 3, "receipt", "受理");

    private ClockStart(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
