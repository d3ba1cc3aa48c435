using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Scalar conversions between the wire formats and the member-keyed JSON tree the typed records bind to.</summary>
internal static class WireValues
{
    /// <summary>A tree value as the text a query string or XML carries (booleans lower case, timestamps ISO 8601 UTC).</summary>
    public static string ToText(JsonNode node, string type) => type switch
    {
        "timestamp" => ParseTimestamp(node).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        "boolean" => node.GetValue<bool>() ? "true" : "false",
        _ => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString(),
    };

    /// <summary>Epoch seconds (json protocols) or ISO 8601 text, as a DateTimeOffset.</summary>
    public static DateTimeOffset ParseTimestamp(JsonNode node)
    {
        if (node.GetValueKind() == JsonValueKind.Number)
        {
            var seconds = node.GetValue<double>();
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));
        }

        var text = node.GetValue<string>();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(epoch * 1000, MidpointRounding.AwayFromZero))
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    /// <summary>A timestamp in the form the typed records read (round-trip ISO 8601).</summary>
    public static JsonNode TimestampNode(JsonNode node) => JsonValue.Create(ParseTimestamp(node).ToString("O", CultureInfo.InvariantCulture));

    /// <summary>XML text as a typed tree value for a scalar shape type.</summary>
    public static JsonNode? FromText(string text, string type) => type switch
    {
        "boolean" => JsonValue.Create(string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase)),
        "integer" or "long" => long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l) : null,
        "double" or "float" => double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
        "timestamp" => text.Trim().Length == 0 ? null : TimestampNode(JsonValue.Create(text.Trim())),
        _ => JsonValue.Create(text),
    };
}
