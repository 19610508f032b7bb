namespace Hotline.Domain.Accountability;

/// <summary>
/// The supervision measures (督办措施) the library can recommend, by rising severity (the value). The library
/// <b>recommends</b> a measure with its reasons; people decide. <see cref="DisciplineReferral"/> is never recommended.
/// </summary>
public sealed class Measure : Vocabulary<Measure>
{
    /// <summary>催办: a reminder to the unit, from the first working day past the deadline.</summary>
    public static readonly Measure Reminder = new(nameof(Reminder), 1, "reminder", "催办");

    /// <summary>限期整改: correction within a time limit (a missing "four ones", the platform's own slow dispatch).</summary>
    public static readonly Measure Rectification = new(nameof(Rectification), 2, "rectification", "限期整改");

    /// <summary>督办通知: a written supervision notice copied to the unit's leader.</summary>
    public static readonly Measure SupervisionNotice = new(nameof(SupervisionNotice), 3, "supervision-notice", "督办通知");

    /// <summary>通报批评: written criticism, named in the work bulletin.</summary>
    public static readonly Measure Criticism = new(nameof(Criticism), 4, "criticism", "通报批评");

    /// <summary>书面反馈问责: for dereliction (失职、渎职), written feedback to the department recommending accountability (问责).</summary>
    public static readonly Measure AccountabilityFeedback = new(nameof(AccountabilityFeedback), 5, "accountability-feedback", "书面反馈问责");

    /// <summary>党纪政纪处分: referral for party or government discipline. Only a person decides it; the library never recommends it.</summary>
    public static readonly Measure DisciplineReferral = new(nameof(DisciplineReferral), 6, "discipline-referral", "党纪政纪处分");

    private Measure(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
