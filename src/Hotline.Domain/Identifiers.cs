namespace Hotline.Domain;

/// <summary>Forwards to <see cref="Preconditions"/> until the Tickets room is converted.</summary>
internal static class Identifiers
{
    public static string Validate(string value, string parameterName, string what) => Preconditions.Id(value, parameterName, what);

    public static string Text(string value, string parameterName, string what) => Preconditions.Text(value, parameterName, what);
}
