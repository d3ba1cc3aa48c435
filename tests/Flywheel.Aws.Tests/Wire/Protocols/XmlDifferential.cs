using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// Runs a body through the transcoder and through <see cref="LegacyXmlReaderTranscoder"/> (System.Xml's XmlReader)
/// and describes each outcome: the JSON and, after a NUL, the top-level strings; "malformed"; or the exception thrown.
/// </summary>
internal static class XmlDifferential
{
    // A query model with what the embedded models do not have (flattened lists and maps, XML maps).
    public static readonly ServiceModel Test = new("test", JsonNode.Parse("""
        {
          "metadata": { "protocol": "query", "apiVersion": "2020-01-01", "endpointPrefix": "test" },
          "operations": {
            "Describe": { "name": "Describe", "http": { "method": "POST", "requestUri": "/" }, "output": { "shape": "DescribeResult", "resultWrapper": "DescribeResult" } }
          },
          "shapes": {
            "DescribeResult": { "type": "structure", "members": {
              "Name": { "shape": "String" }, "Count": { "shape": "Integer" }, "Size": { "shape": "Double" }, "Flag": { "shape": "Boolean" },
              "Created": { "shape": "Timestamp" }, "Things": { "shape": "ThingList" }, "Flat": { "shape": "FlatList" },
              "Attributes": { "shape": "AttributeMap" }, "FlatAttributes": { "shape": "AttributeMap", "flattened": true, "locationName": "FlatAttribute" },
              "Renamed": { "shape": "String", "locationName": "OtherName" }, "Marker": { "shape": "String" }, "\u00e9t\u00e9": { "shape": "String" }
            } },
            "ThingList": { "type": "list", "member": { "shape": "Thing", "locationName": "Thing" } },
            "FlatList": { "type": "list", "member": { "shape": "String", "locationName": "Item" }, "flattened": true },
            "Thing": { "type": "structure", "members": { "Id": { "shape": "String" }, "Parts": { "shape": "PartList" }, "Tags": { "shape": "TagMap" } } },
            "PartList": { "type": "list", "member": { "shape": "Part" } },
            "Part": { "type": "structure", "members": { "Size": { "shape": "Integer" }, "Labels": { "shape": "LabelList" } } },
            "LabelList": { "type": "list", "member": { "shape": "String" } },
            "AttributeMap": { "type": "map", "key": { "shape": "String" }, "value": { "shape": "Integer" } },
            "TagMap": { "type": "map", "key": { "shape": "String", "locationName": "K" }, "value": { "shape": "String", "locationName": "V" } },
            "String": { "type": "string" }, "Integer": { "type": "integer" }, "Double": { "type": "double" },
            "Boolean": { "type": "boolean" }, "Timestamp": { "type": "timestamp" }
          }
        }
        """)!.AsObject());

    public static string Transcoder(ServiceModel model, string operation, byte[] body) =>
        Describe(model, operation, body, output => new XmlShapeTranscoder(model).TryTranscode(body, model.Operation(operation), model.Protocol == "ec2", output));

    public static string Legacy(ServiceModel model, string operation, byte[] body) =>
        Describe(model, operation, body, output => new LegacyXmlReaderTranscoder(model).TryTranscode(body, model.Operation(operation), model.Protocol == "ec2", output));

    private static string Describe(ServiceModel model, string operation, byte[] body, Func<WireOutputBuilder, bool> transcode)
    {
        using var builder = new WireOutputBuilder(body.Length);
        try
        {
            if (!transcode(builder))
            {
                return "malformed";
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return e.GetType().Name;
        }

        using var output = builder.Build();
        var strings = string.Join(",", (model.Operation(operation).OutputShape is { } shape ? model.Shape(shape).Members.Keys : []).Select(m => output.TopLevelString(m)).Where(s => s is not null));
        return Encoding.UTF8.GetString(output.Json) + "\0" + strings;
    }
}
