using System.Text.Json;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>What a child element of a structure binds to: the member (its index, for first-wins), its shape's plan, and whether it is a flattened list or map item.</summary>
internal sealed record XmlElementBinding(int Index, string Member, JsonEncodedText EncodedMember, XmlShapePlan Plan, bool Flattened);
