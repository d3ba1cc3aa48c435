using System.Text.Json;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>What a json/rest-json body key binds to: the member (and its name pre-encoded for the writer) and its shape.</summary>
internal sealed record JsonMemberBinding(string Member, JsonEncodedText EncodedMember, ShapeModel Shape);
