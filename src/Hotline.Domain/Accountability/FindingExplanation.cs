namespace Hotline.Domain.Accountability;

/// <summary>Writes a finding's reasons from its facts and the few values a rule keeps for that purpose, when first asked.</summary>
internal abstract class FindingExplanation
{
    /// <summary>The reasons, in plain words; the same text every time for the same finding.</summary>
    public abstract string[] Explain(Finding finding);
}
