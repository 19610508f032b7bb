using System;
using Ardalis.GuardClauses;

namespace Hotline.Domain;

/// <summary>The validation shared by ids, staff ids and free texts.</summary>
internal static class Identifiers
{
    public static string Validate(string value, string parameterName, string what)
    {
        Guard.Against.NullOrWhiteSpace(value, parameterName, $"A {what} must not be blank.");
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            throw new ArgumentException($"A {what} must not start or end with white space: '{value}'.", parameterName);
        }

        return value;
    }

    public static string Text(string value, string parameterName, string what) =>
        Guard.Against.NullOrWhiteSpace(value, parameterName, $"The {what} must not be blank.");
}
