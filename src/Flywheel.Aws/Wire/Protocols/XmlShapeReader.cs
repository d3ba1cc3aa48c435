using System.Text.Json.Nodes;
using System.Xml.Linq;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Reads a query/ec2 XML response element into a tree keyed by model member names, as the AWS SDKs' XML parsers
/// do: element names from locationName (or the member name), list items from the list member's locationName
/// (<c>member</c>, <c>item</c>, <c>DBInstance</c>…) or repeated in place when flattened; unknown elements are ignored.
/// </summary>
internal sealed class XmlShapeReader(ServiceModel model)
{
    public JsonObject ReadStructure(XElement element, ShapeModel shape)
    {
        var result = new JsonObject();
        foreach (var (name, member) in shape.Members)
        {
            var memberShape = model.Shape(member.Shape);
            var flattened = memberShape.Type is "list" or "map" && (memberShape.Flattened || member.Flattened);
            var elementName = flattened && memberShape.Member?.LocationName is { } itemName ? itemName : member.LocationName ?? name;
            if (flattened)
            {
                var items = element.Elements().Where(e => e.Name.LocalName == elementName).ToList();
                if (items.Count > 0)
                {
                    result[name] = memberShape.Type == "list" ? ReadItems(items, memberShape) : ReadMapEntries(items, memberShape);
                }

                continue;
            }

            var child = element.Elements().FirstOrDefault(e => e.Name.LocalName == elementName);
            if (child is not null && Read(child, memberShape) is { } value)
            {
                result[name] = value;
            }
        }

        return result;
    }

    private JsonNode? Read(XElement element, ShapeModel shape) => shape.Type switch
    {
        "structure" => ReadStructure(element, shape),
        "list" => ReadItems(element.Elements().Where(e => e.Name.LocalName == (shape.Member!.LocationName ?? "member")), shape),
        "map" => ReadMapEntries(element.Elements().Where(e => e.Name.LocalName == "entry"), shape),
        _ => WireValues.FromText(element.Value, shape.Type),
    };

    private JsonArray ReadItems(IEnumerable<XElement> items, ShapeModel list)
    {
        var itemShape = model.Shape(list.Member!.Shape);
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(Read(item, itemShape));
        }

        return array;
    }

    private JsonObject ReadMapEntries(IEnumerable<XElement> entries, ShapeModel map)
    {
        var keyName = map.Key!.LocationName ?? "key";
        var valueName = map.Value!.LocationName ?? "value";
        var valueShape = model.Shape(map.Value.Shape);
        var result = new JsonObject();
        foreach (var entry in entries)
        {
            var key = entry.Elements().FirstOrDefault(e => e.Name.LocalName == keyName)?.Value;
            var value = entry.Elements().FirstOrDefault(e => e.Name.LocalName == valueName);
            if (key is not null)
            {
                result[key] = value is null ? null : Read(value, valueShape);
            }
        }

        return result;
    }
}
