namespace Flywheel.Core.Policy.Yaml;

internal sealed record YamlSequence(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column)
{
    public override string Describe() => "a list";
}
