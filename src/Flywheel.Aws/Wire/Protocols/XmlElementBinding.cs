using System.Text.Json;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>What a child element of a structure binds to: the member (its index, for first-wins), its shape, and whether it is a flattened list or map item.</summary>
internal sealed record XmlElementBinding(int Index, string Member, JsonEncodedText EncodedMember, ShapeModel Shape, bool Flattened);
