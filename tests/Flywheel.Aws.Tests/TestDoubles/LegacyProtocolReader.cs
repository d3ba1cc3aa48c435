using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>A successful response body read the old way (XDocument or JsonNode, then the legacy readers): the oracle.</summary>
internal static class LegacyProtocolReader
{
    public static JsonObject? Read(OperationModel operation, byte[] body)
    {
        var model = operation.Service;
        if (model.Protocol is "query" or "ec2")
        {
            XElement root;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                root = XDocument.Load(reader).Root!;
            }
            catch (XmlException)
            {
                return null;
            }

            if (operation.OutputShape is null)
            {
                return [];
            }

            var result = model.Protocol == "ec2" || operation.ResultWrapper is null ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == operation.ResultWrapper);
            return result is null ? [] : new LegacyXmlShapeReader(model).ReadStructure(result, model.Shape(operation.OutputShape));
        }

        if (operation.OutputShape is null || body.Length == 0)
        {
            return [];
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        return node is JsonObject ? new LegacyJsonShapeReader(model).FromWire(node, model.Shape(operation.OutputShape))!.AsObject() : null;
    }
}
