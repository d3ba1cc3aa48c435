using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Converts a member-keyed request tree into a json/rest-json body: timestamps as epoch seconds on the wire (ISO
/// text when the model says so), and each member's locationName, when it has one, as the JSON key. Responses go
/// the other way through <see cref="JsonShapeTranscoder"/>.
/// </summary>
internal sealed class JsonShapeCodec(ServiceModel model)
{
    public JsonNode? ToWire(JsonNode? node, ShapeModel shape)
    {
        if (node is null)
        {
            return null;
        }

        switch (shape.Type)
        {
            case "structure":
                var result = new JsonObject();
                foreach (var (name, member) in shape.Members)
                {
                    if (member.Location is null && node[name] is { } value)
                    {
                        result[WireName(member)] = ToWire(value, model.Shape(member.Shape));
                    }
                }

                return result;
            case "list":
                return new JsonArray([.. node.AsArray().Select(item => ToWire(item, model.Shape(shape.Member!.Shape)))]);
            case "map":
                var map = new JsonObject();
                foreach (var (key, value) in node.AsObject())
                {
                    map[key] = ToWire(value, model.Shape(shape.Value!.Shape));
                }

                return map;
            case "timestamp":
                var time = WireValues.ParseTimestamp(node);
                return shape.TimestampFormat == "iso8601"
                    ? JsonValue.Create(WireValues.ToText(node, "timestamp"))
                    : JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000.0);
            default:
                return node.DeepClone();
        }
    }

    // The SDKs' JSON serializers honour locationName in both json protocols (rest-json uses it throughout).
    private static string WireName(MemberModel member) => member.LocationName ?? member.Name;
}
