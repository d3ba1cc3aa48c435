namespace Flywheel.Reports.Json;

/// <summary>Property names as the reports write them: camelCase (<c>NotApplicable</c> → <c>notApplicable</c>).</summary>
public static class JsonCamelCase
{
    public static string Of(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }
}
