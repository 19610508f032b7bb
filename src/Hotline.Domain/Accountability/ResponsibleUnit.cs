using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Hotline.Domain.Accountability;

/// <summary>
/// A responsible unit (承办单位: a district, county or department) as the platform registers it, with its "four ones"
/// (四个一: one telephone, one computer, one handler, one person in charge) and its duty roster (值班制度), as the city's hotline regulation requires of responsible units.
/// <see cref="Missing"/> lists what it lacks; the review turns that into a <see cref="AccountabilityRule.MissingFourOnes"/> finding.
/// </summary>
/// <remarks>
/// Immutable. A <see langword="null"/> contact means "not provided" (the check reports it); a blank or padded one is an
/// input error (<see cref="ArgumentException"/>), not a missing item.
/// </remarks>
public sealed class ResponsibleUnit
{
    /// <summary>Registers a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="name">The unit's name (not blank).</param>
    /// <param name="telephone">一部电话: its hotline telephone number, or <see langword="null"/>.</param>
    /// <param name="computer">一台电脑: the id of its terminal on the work-order system, or <see langword="null"/>.</param>
    /// <param name="handler">一名承办人员: its handler's staff id, or <see langword="null"/>.</param>
    /// <param name="personInCharge">一名负责人: its person in charge's staff id, or <see langword="null"/>.</param>
    /// <param name="dutyRoster">值班制度: its roster, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, <paramref name="name"/> is blank, or a given contact is blank or padded.</exception>
    public ResponsibleUnit(UnitId id, string name, string? telephone, string? computer, string? handler, string? personInCharge, DutyRoster? dutyRoster)
    {
        Id = Guard.Against.Null(id);
        Name = Guard.Against.NullOrWhiteSpace(name, nameof(name), "A unit's name must not be blank.");
        Telephone = Optional(telephone, nameof(telephone), "telephone");
        Computer = Optional(computer, nameof(computer), "computer");
        Handler = Optional(handler, nameof(handler), "handler");
        PersonInCharge = Optional(personInCharge, nameof(personInCharge), "person in charge");
        DutyRoster = dutyRoster;
    }

    /// <summary>The unit's id.</summary>
    public UnitId Id { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>一部电话, or <see langword="null"/>.</summary>
    public string? Telephone { get; }

    /// <summary>一台电脑, or <see langword="null"/>.</summary>
    public string? Computer { get; }

    /// <summary>一名承办人员, or <see langword="null"/>.</summary>
    public string? Handler { get; }

    /// <summary>一名负责人, or <see langword="null"/>.</summary>
    public string? PersonInCharge { get; }

    /// <summary>值班制度, or <see langword="null"/>.</summary>
    public DutyRoster? DutyRoster { get; }

    /// <summary>
    /// What the unit lacks, in <see cref="FourOnesItem"/> value order: each of the four ones not provided, and the duty
    /// roster when there is none or it leaves a day of the week uncovered.
    /// </summary>
    /// <returns>The missing items (a copy; empty when complete).</returns>
    public IReadOnlyList<FourOnesItem> Missing()
    {
        var missing = new List<FourOnesItem>(5);
        if (Telephone is null)
        {
            missing.Add(FourOnesItem.Telephone);
        }

        if (Computer is null)
        {
            missing.Add(FourOnesItem.Computer);
        }

        if (Handler is null)
        {
            missing.Add(FourOnesItem.Handler);
        }

        if (PersonInCharge is null)
        {
            missing.Add(FourOnesItem.PersonInCharge);
        }

        if (DutyRoster is null || DutyRoster.UncoveredDays().Count > 0)
        {
            missing.Add(FourOnesItem.DutyRoster);
        }

        return missing.AsReadOnly();
    }

    /// <summary>Whether the unit has all four ones and a complete duty roster.</summary>
    public bool IsComplete => Missing().Count == 0;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";

    private static string? Optional(string? value, string parameterName, string what) =>
        value is null ? null : Preconditions.Id(value, parameterName, what);
}
