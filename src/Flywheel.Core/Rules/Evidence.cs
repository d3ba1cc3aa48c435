namespace Flywheel.Core.Rules;

/// <summary>One field a rule read to reach its verdict, with the value it saw (null: absent).</summary>
public readonly record struct Evidence(string Field, string? Value)
{
    public static Evidence Of(string field, bool? value) => new(field, value switch { null => null, true => "true", false => "false" });

    public static Evidence Of(string field, int? value) => new(field, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Evidence Of(string field, DateTimeOffset? value) => new(field, value?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public static Evidence Of(string field, IEnumerable<string>? values) => new(field, values is null ? null : string.Join(",", values));
}
