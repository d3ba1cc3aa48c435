using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Flywheel.Aws.Wire.Models;

using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>
/// The tree-building XML reader the wire client used before <see cref="XmlShapeTranscoder"/>, kept as the oracle
/// the transcoder must agree with. Reads a query/ec2 XML response element into a tree keyed by model member names, as the AWS SDKs' XML parsers
/// do: element names from locationName (or the member name), list items from the list member's locationName
/// (<c>member</c>, <c>item</c>, <c>DBInstance</c>…) or repeated in place when flattened; unknown elements are ignored.
/// </summary>
internal sealed class LegacyXmlShapeReader(ServiceModel model)
{
    // Per structure shape: element name → the member it binds to. Built once, so a structure is read in one pass
    // over its children (an RDS DBInstance has over a hundred members: a lookup per member would be quadratic).
    private readonly ConcurrentDictionary<ShapeModel, FrozenDictionary<string, ElementBinding>> _bindings = new();

    public JsonObject ReadStructure(XElement element, ShapeModel shape)
    {
        var bindings = _bindings.GetOrAdd(shape, Bind);
        var result = new JsonObject();
        Dictionary<string, List<XElement>>? flattenedItems = null;
        foreach (var child in element.Elements())
        {
            if (!bindings.TryGetValue(child.Name.LocalName, out var binding))
            {
                continue;
            }

            if (binding.Flattened)
            {
                flattenedItems ??= new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
                if (!flattenedItems.TryGetValue(binding.Member, out var items))
                {
                    flattenedItems[binding.Member] = items = [];
                }

                items.Add(child);
            }
            else if (!result.ContainsKey(binding.Member) && Read(child, binding.Shape) is { } value)
            {
                result[binding.Member] = value;
            }
        }

        foreach (var (member, items) in flattenedItems ?? [])
        {
            var binding = bindings.Values.First(b => b.Member == member);
            result[member] = binding.Shape.Type == "list" ? ReadItems(items, binding.Shape) : ReadMapEntries(items, binding.Shape);
        }

        return result;
    }

    private FrozenDictionary<string, ElementBinding> Bind(ShapeModel shape)
    {
        var bindings = new Dictionary<string, ElementBinding>(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            var memberShape = model.Shape(member.Shape);
            var flattened = memberShape.Type is "list" or "map" && (memberShape.Flattened || member.Flattened);
            var elementName = flattened && memberShape.Member?.LocationName is { } itemName ? itemName : member.LocationName ?? name;
            bindings.TryAdd(elementName, new ElementBinding(name, memberShape, flattened));
        }

        return bindings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private JsonNode? Read(XElement element, ShapeModel shape) => shape.Type switch
    {
        "structure" => ReadStructure(element, shape),
        "list" => ReadItems(element.Elements().Where(e => e.Name.LocalName == (shape.Member!.LocationName ?? "member")), shape),
        "map" => ReadMapEntries(element.Elements().Where(e => e.Name.LocalName == "entry"), shape),
        _ => FromText(element.Value, shape.Type),
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

    /// <summary>XML text as a typed tree value for a scalar shape type (the old WireValues.FromText).</summary>
    public static JsonNode? FromText(string text, string type) => type switch
    {
        "boolean" => JsonValue.Create(string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase)),
        "integer" or "long" => long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l) : null,
        "double" or "float" => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
        "timestamp" => text.Trim().Length == 0 ? null : TimestampNode(JsonValue.Create(text.Trim())),
        _ => JsonValue.Create(text),
    };

    /// <summary>A timestamp in the form the typed records read (round-trip ISO 8601).</summary>
    public static JsonNode TimestampNode(JsonNode node) => JsonValue.Create(WireValues.ParseTimestamp(node).ToString("O", CultureInfo.InvariantCulture));

    private sealed record ElementBinding(string Member, ShapeModel Shape, bool Flattened);
}
