namespace Flywheel.Core.Policy.Options;

/// <summary>The YAML and JSON Schema shape of an option value.</summary>
internal enum OptionValueKind
{
    Boolean,
    Integer,
    Number,
    String,
    Enum,
    List,
    Map,
}
