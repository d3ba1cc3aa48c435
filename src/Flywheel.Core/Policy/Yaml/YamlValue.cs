namespace Flywheel.Core.Policy.Yaml;

/// <summary>A node of a parsed YAML document with the position where it starts (1-based line and column).</summary>
internal abstract record YamlValue(int Line, int Column)
{
    /// <summary>How the node reads in a message: "a mapping", "a list", "null" or the quoted scalar.</summary>
    public abstract string Describe();
}
