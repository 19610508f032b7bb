namespace Hotline.Domain.Accountability;

/// <summary>Who is at fault in a <see cref="Finding"/>: the responsible unit, or the hotline platform itself.</summary>
public sealed class AccountableParty : Vocabulary<AccountableParty>
{
    /// <summary>承办单位: the responsible unit named in the finding.</summary>
    public static readonly AccountableParty Unit = new(nameof(Unit), 1, "unit", "承办单位");

    /// <summary>热线平台: the 12345 platform (the finding still names the unit that received the dispatch).</summary>
    public static readonly AccountableParty Platform = new(nameof(Platform), 2, "platform", "热线平台");

    private AccountableParty(string name, int value, string code, string chineseName)
        : base(name, value, code, chineseName)
    {
    }
}
