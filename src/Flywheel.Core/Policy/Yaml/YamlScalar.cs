namespace Flywheel.Core.Policy.Yaml;

/// <summary>A scalar; <see cref="IsPlain"/> is false for quoted and block scalars, which are always strings.</summary>
internal sealed record YamlScalar(string Value, bool IsPlain, int Line, int Column) : YamlValue(Line, Column)
{
    /// <summary>YAML 1.2 core schema null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe()
    {
        if (IsNull)
        {
            return "null";
        }

        var shown = Value.Length > 40 ? string.Concat(Value.AsSpan(0, 37), "...") : Value;
        return $"'{shown}'";
    }
}
