namespace Flywheel.Aws.Wire.Protocols;

/// <summary>The node a <see cref="Utf8XmlReader"/> is on.</summary>
internal enum XmlTokenKind : byte
{
    /// <summary>Before the first node, at the end of the document, or after malformed XML.</summary>
    None,

    /// <summary>A start tag, or an empty element (<c>&lt;a/&gt;</c>, which has no end tag).</summary>
    StartElement,

    /// <summary>An end tag.</summary>
    EndElement,

    /// <summary>Character data between tags, or a CDATA section.</summary>
    Text,
}
