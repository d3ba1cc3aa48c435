using System.Text;
using System.Text.Json;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// How the XML of one shape is read, worked out once from the model: a structure's member table, a list's item
/// element name, a map's key and value element names (UTF-8, as the reader compares them), and the plans of the
/// shapes inside, linked directly (recursive shapes share their plan).
/// </summary>
internal sealed class XmlShapePlan
{
    private XmlShapePlan(ShapeModel shape)
    {
        Shape = shape;
        Type = shape.Type;
        Kind = Type switch
        {
            "structure" => XmlShapeKind.Structure,
            "list" => XmlShapeKind.List,
            "map" => XmlShapeKind.Map,
            _ => XmlShapeKind.Scalar,
        };
        IsString = Type == "string";
    }

    public ShapeModel Shape { get; }

    /// <summary>structure, list, map or a scalar type (see <see cref="ShapeModel.Type"/>).</summary>
    public string Type { get; }

    public XmlShapeKind Kind { get; }

    public bool IsString { get; }

    /// <summary>A structure's members by element name.</summary>
    public XmlMemberTable Members { get; private set; } = new([]);

    /// <summary>A list's item element name (<c>member</c> unless the model says otherwise).</summary>
    public byte[] ItemName { get; private set; } = [];

    /// <summary>A list's item plan, or a map's value plan.</summary>
    public XmlShapePlan? Item { get; private set; }

    public byte[] KeyName { get; private set; } = [];

    public byte[] ValueName { get; private set; } = [];

    /// <summary>The plan of <paramref name="shape"/> and of every shape under it.</summary>
    public static XmlShapePlan Build(ServiceModel model, ShapeModel shape)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Get(model, shape, []);
    }

    private static XmlShapePlan Get(ServiceModel model, ShapeModel shape, Dictionary<ShapeModel, XmlShapePlan> built)
    {
        if (built.TryGetValue(shape, out var plan))
        {
            return plan;
        }

        // Registered before its members are filled in, so a shape that contains itself links to this plan.
        plan = new XmlShapePlan(shape);
        built[shape] = plan;
        plan.Fill(model, built);
        return plan;
    }

    private void Fill(ServiceModel model, Dictionary<ShapeModel, XmlShapePlan> built)
    {
        switch (Type)
        {
            case "structure":
                var entries = new List<(byte[] Name, XmlElementBinding Binding)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (name, member) in Shape.Members)
                {
                    var memberShape = model.Shape(member.Shape);
                    var flattened = memberShape.Type is "list" or "map" && (memberShape.Flattened || member.Flattened);
                    var elementName = flattened && memberShape.Member?.LocationName is { } itemName ? itemName : member.LocationName ?? name;
                    if (seen.Add(elementName))
                    {
                        var binding = new XmlElementBinding(entries.Count, name, JsonEncodedText.Encode(name, WireOutputBuilder.WriterOptions.Encoder), Get(model, memberShape, built), flattened);
                        entries.Add((Encoding.UTF8.GetBytes(elementName), binding));
                    }
                }

                Members = new XmlMemberTable(entries);
                break;
            case "list":
                ItemName = Encoding.UTF8.GetBytes(Shape.Member!.LocationName ?? "member");
                Item = Get(model, model.Shape(Shape.Member.Shape), built);
                break;
            case "map":
                KeyName = Encoding.UTF8.GetBytes(Shape.Key!.LocationName ?? "key");
                ValueName = Encoding.UTF8.GetBytes(Shape.Value!.LocationName ?? "value");
                Item = Get(model, model.Shape(Shape.Value.Shape), built);
                break;
        }
    }
}
