using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Scalar conversions between the wire formats and the member-keyed JSON the typed records bind to.</summary>
internal static class WireValues
{
    // "O" of a DateTimeOffset: 2016-07-28T18:44:18.8890000+00:00 (33 characters).
    private const int RoundTripLength = 64;

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
            return FromEpochSeconds(node.GetValue<double>());
        }

        return ParseTimestamp(node.GetValue<string>());
    }

    /// <summary>Epoch seconds as text, else ISO 8601 (UTC assumed).</summary>
    public static DateTimeOffset ParseTimestamp(ReadOnlySpan<char> text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch)
            ? FromEpochSeconds(epoch)
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset FromEpochSeconds(double seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));

    /// <summary>Writes a timestamp in the form the typed records read (round-trip ISO 8601).</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset time)
    {
        Span<char> text = stackalloc char[RoundTripLength];
        time.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..length]);
    }

    /// <summary>
    /// XML (or header) text as a JSON value for a scalar shape type: booleans (anything but "true" is false),
    /// integers, doubles, timestamps (round-trip ISO), strings as they are. Returns false, writing nothing, where
    /// the text gives no value: an integer or double that does not parse, an empty timestamp. With
    /// <paramref name="property"/>, the property name is written first, only when there is a value.
    /// </summary>
    public static bool TryWriteText(Utf8JsonWriter writer, ReadOnlySpan<char> text, string type, JsonEncodedText? property = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (type)
        {
            case "boolean":
                WriteName(writer, property);
                writer.WriteBooleanValue(text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
                return true;
            case "integer" or "long":
                if (!long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                {
                    return false;
                }

                WriteName(writer, property);
                writer.WriteNumberValue(integer);
                return true;
            case "double" or "float":
                if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return false;
                }

                WriteName(writer, property);
                writer.WriteNumberValue(number);
                return true;
            case "timestamp":
                var trimmed = text.Trim();
                if (trimmed.IsEmpty)
                {
                    return false;
                }

                var time = ParseTimestamp(trimmed);
                WriteName(writer, property);
                WriteTimestamp(writer, time);
                return true;
            default:
                WriteName(writer, property);
                writer.WriteStringValue(text);
                return true;
        }
    }

    private static void WriteName(Utf8JsonWriter writer, JsonEncodedText? property)
    {
        if (property is { } name)
        {
            writer.WritePropertyName(name);
        }
    }
}
