using System.Buffers;
using System.Globalization;
using System.Text;
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

    /// <summary>
    /// <see cref="TryWriteText(Utf8JsonWriter, ReadOnlySpan{char}, string, JsonEncodedText?)"/> on UTF-8 text, with
    /// the same results: strings written from the bytes, ASCII booleans, numbers and ISO timestamps parsed from
    /// them, anything else decoded and converted as text.
    /// </summary>
    public static bool TryWriteText(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8, string type, JsonEncodedText? property = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (type)
        {
            case "string":
                WriteName(writer, property);
                writer.WriteStringValue(utf8);
                return true;
            case "boolean" or "integer" or "long" or "double" or "float" or "timestamp" when Ascii.IsValid(utf8):
                // ASCII white space is what char.IsWhiteSpace trims from ASCII text that XML allows.
                var trimmed = utf8[Ascii.Trim(utf8)];
                switch (type)
                {
                    case "boolean":
                        WriteName(writer, property);
                        writer.WriteBooleanValue(Ascii.EqualsIgnoreCase(trimmed, "true"u8));
                        return true;
                    case "integer" or "long":
                        if (!long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                        {
                            return false;
                        }

                        WriteName(writer, property);
                        writer.WriteNumberValue(integer);
                        return true;
                    case "double" or "float":
                        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                        {
                            return false;
                        }

                        WriteName(writer, property);
                        writer.WriteNumberValue(number);
                        return true;
                    default:
                        if (!TryParseIsoUtc(trimmed, out var time))
                        {
                            return TryWriteDecoded(writer, utf8, type, property);
                        }

                        WriteName(writer, property);
                        Span<byte> text = stackalloc byte[RoundTripLength];
                        time.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
                        writer.WriteStringValue(text[..length]);
                        return true;
                }

            default:
                return TryWriteDecoded(writer, utf8, type, property);
        }
    }

    /// <summary>
    /// The form AWS writes timestamps in, <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c>, read directly; false for anything
    /// else (other forms, out-of-range fields), which <see cref="ParseTimestamp(ReadOnlySpan{char})"/> then reads.
    /// </summary>
    private static bool TryParseIsoUtc(ReadOnlySpan<byte> text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length < 20 || text.Length > 28 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[^1] != 'Z'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var ticks = 0;
        var fraction = text[19..^1];
        if (!fraction.IsEmpty)
        {
            if (fraction.Length < 2 || fraction[0] != '.' || !TryDigits(fraction[1..], out ticks))
            {
                return false;
            }

            for (var i = fraction.Length - 1; i < 7; i++)
            {
                ticks *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(ticks);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static bool TryWriteDecoded(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8, string type, JsonEncodedText? property)
    {
        var rented = utf8.Length > 256 ? ArrayPool<char>.Shared.Rent(utf8.Length) : null;
        try
        {
            Span<char> chars = rented ?? stackalloc char[256];
            var length = Encoding.UTF8.GetChars(utf8, chars);
            return TryWriteText(writer, chars[..length], type, property);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
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
