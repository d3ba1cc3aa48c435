using System.Text.Json.Nodes;

namespace Flywheel.Aws.Wire.Models;

/// <summary>One shape of a service model: its type and, for structures, lists and maps, its members.</summary>
internal sealed class ShapeModel
{
    public ShapeModel(string name, JsonObject node)
    {
        Name = name;
        Type = node["type"]!.GetValue<string>();
        Flattened = node["flattened"]?.GetValue<bool>() ?? false;
        TimestampFormat = node["timestampFormat"]?.GetValue<string>();
        Max = node["max"]?.GetValue<double>() is { } max ? (long)max : null;
        Members = node["members"] is JsonObject members
            ? members.ToDictionary(m => m.Key, m => new MemberModel(m.Key, m.Value!.AsObject()), StringComparer.Ordinal)
            : new Dictionary<string, MemberModel>(StringComparer.Ordinal);
        Member = node["member"] is JsonObject member ? new MemberModel("member", member) : null;
        Key = node["key"] is JsonObject key ? new MemberModel("key", key) : null;
        Value = node["value"] is JsonObject value ? new MemberModel("value", value) : null;
    }

    public string Name { get; }

    /// <summary>structure, list, map, string, integer, long, boolean, double, float, timestamp, blob.</summary>
    public string Type { get; }

    public bool Flattened { get; }

    public string? TimestampFormat { get; }

    public long? Max { get; }

    public IReadOnlyDictionary<string, MemberModel> Members { get; }

    public MemberModel? Member { get; }

    public MemberModel? Key { get; }

    public MemberModel? Value { get; }
}
