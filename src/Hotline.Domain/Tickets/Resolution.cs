namespace Hotline.Domain.Tickets;

/// <summary>
/// Whether the requester says the matter is resolved, at the callback (回访): 解决, 基本解决 or 未解决. 基本解决 counts as
/// resolved on the work order (no 虚假办结, no reopen on its account); the assessment may leave it out of 解决率
/// (<c>AssessmentOptions.ExcludingBasicallyResolved</c>).
/// </summary>
public sealed class Resolution : Vocabulary<Resolution>
{
    /// <summary>解决: resolved.</summary>
    public static readonly Resolution Resolved = new(nameof(Resolved), 1, "resolved", "解决", countsAsResolved: true, "已解决");

    /// <summary>基本解决: basically resolved (counts as resolved on the work order).</summary>
    public static readonly Resolution BasicallyResolved = new(nameof(BasicallyResolved), 2, "basically-resolved", "基本解决", countsAsResolved: true);

    /// <summary>未解决: unresolved.</summary>
    public static readonly Resolution Unresolved = new(nameof(Unresolved), 3, "unresolved", "未解决", countsAsResolved: false);

    // Runs once per process in the static initialiser, where Stryker cannot re-run it: leaving CountsAsResolved unset
    // fails the resolution tests (every grade would count as unresolved).
    // Stryker disable once Block : static initialiser, checked by hand (see above).
    private Resolution(string name, int value, string code, string chineseName, bool countsAsResolved, params string[] aliases)
        : base(name, value, code, chineseName, aliases)
    {
        CountsAsResolved = countsAsResolved;
    }

    /// <summary>Whether the grade counts as resolved on the work order (解决, 基本解决).</summary>
    public bool CountsAsResolved { get; }

    /// <summary>The grade a plain yes or no means: <see cref="Resolved"/> or <see cref="Unresolved"/>.</summary>
    /// <param name="resolved">Whether the matter is resolved.</param>
    /// <returns>The grade.</returns>
    public static Resolution Of(bool resolved) => resolved ? Resolved : Unresolved;
}
