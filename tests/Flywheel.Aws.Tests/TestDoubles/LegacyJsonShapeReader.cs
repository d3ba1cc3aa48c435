using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;

using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>
/// The tree-to-tree json/rest-json response reader the wire client used before <see cref="JsonShapeTranscoder"/>
/// (JsonShapeCodec.FromWire), kept as the oracle the transcoder must agree with.
/// </summary>
internal sealed class LegacyJsonShapeReader(ServiceModel model)
{
    public JsonNode? FromWire(JsonNode? node, ShapeModel shape)
    {
        if (node is null)
        {
            return null;
        }

        switch (shape.Type)
        {
            case "structure" when node.GetValueKind() == JsonValueKind.Object:
                var result = new JsonObject();
                foreach (var (name, member) in shape.Members)
                {
                    if (member.Location is null && node[WireName(member)] is { } value)
                    {
                        result[name] = FromWire(value, model.Shape(member.Shape));
                    }
                }

                return result;
            case "list" when node.GetValueKind() == JsonValueKind.Array:
                return new JsonArray([.. node.AsArray().Select(item => FromWire(item, model.Shape(shape.Member!.Shape)))]);
            case "map" when node.GetValueKind() == JsonValueKind.Object:
                var map = new JsonObject();
                foreach (var (key, value) in node.AsObject())
                {
                    map[key] = FromWire(value, model.Shape(shape.Value!.Shape));
                }

                return map;
            case "timestamp":
                return LegacyXmlShapeReader.TimestampNode(node);
            case "structure" or "list" or "map":
                return null;
            default:
                return node.DeepClone();
        }
    }

    // The SDKs' JSON serializers honour locationName in both json protocols (rest-json uses it throughout).
    private static string WireName(MemberModel member) => member.LocationName ?? member.Name;
}
