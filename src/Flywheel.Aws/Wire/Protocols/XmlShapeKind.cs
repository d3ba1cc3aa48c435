namespace Flywheel.Aws.Wire.Protocols;

/// <summary>How a shape's XML is read: as a structure, a list, a map, or the text of a scalar.</summary>
internal enum XmlShapeKind : byte
{
    Scalar,
    Structure,
    List,
    Map,
}
