namespace Hotline.Domain.Accountability;

/// <summary>
/// One exemption decision an assessment considered (decided by its as-of instant), approved or rejected, and what it
/// did (<see cref="Assessment.Exclusions"/>): the audit trail of why a unit's rate moved.
/// </summary>
public sealed class Exclusion
{
    internal Exclusion(ExemptionDecision decision, ExemptionEffect effect, UnitId? unit)
    {
        Decision = decision;
        Effect = effect;
        Unit = unit;
    }

    /// <summary>The decision.</summary>
    public ExemptionDecision Decision { get; }

    /// <summary>What it did: removed, rejected (查否), superseded by a later decision, or nothing to remove.</summary>
    public ExemptionEffect Effect { get; }

    /// <summary>The unit whose counts it changed (the order's unit in the period); <see langword="null"/> unless <see cref="Effect"/> is <see cref="ExemptionEffect.Removed"/>.</summary>
    public UnitId? Unit { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Decision.Ticket} {Decision.Scope.Code}: {Effect.Code}{(Unit is null ? string.Empty : " from " + Unit.Value)}";
}
