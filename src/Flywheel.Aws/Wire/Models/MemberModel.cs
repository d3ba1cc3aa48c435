using System.Text.Json.Nodes;

namespace Flywheel.Aws.Wire.Models;

/// <summary>A member reference: the target shape and how the member is named and placed on the wire.</summary>
internal sealed class MemberModel
{
    public MemberModel(string name, JsonObject node)
    {
        Name = name;
        Shape = node["shape"]!.GetValue<string>();
        LocationName = node["locationName"]?.GetValue<string>();
        Location = node["location"]?.GetValue<string>();
        QueryName = node["queryName"]?.GetValue<string>();
        Flattened = node["flattened"]?.GetValue<bool>() ?? false;
        TimestampFormat = node["timestampFormat"]?.GetValue<string>();
    }

    /// <summary>The member name (the key in the model; our records use it as the property name).</summary>
    public string Name { get; }

    public string Shape { get; }

    public string? LocationName { get; }

    /// <summary>uri, querystring, header, headers, statusCode; null for the body.</summary>
    public string? Location { get; }

    public string? QueryName { get; }

    public bool Flattened { get; }

    public string? TimestampFormat { get; }
}
