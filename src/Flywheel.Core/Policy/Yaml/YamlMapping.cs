namespace Flywheel.Core.Policy.Yaml;

/// <summary>
/// A mapping that keeps every entry in document order, duplicates included, so that the policy reader can report
/// each duplicate key instead of stopping at the first one.
/// </summary>
internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, int Line, int Column) : YamlValue(Line, Column)
{
    public override string Describe() => "a mapping";
}
