namespace Flywheel.Aws.Wire.Protocols;

/// <summary>What a <see cref="SideValue"/> holds.</summary>
internal enum SideValueKind
{
    /// <summary>One value (a map value that came before its key).</summary>
    Value,

    /// <summary>The items of a flattened list.</summary>
    Array,

    /// <summary>The entries of a flattened map.</summary>
    Object,
}
