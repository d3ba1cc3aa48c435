namespace Flywheel.Core.Policy.Yaml;

/// <summary>One key and value of a mapping, in document order.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlValue Value);
