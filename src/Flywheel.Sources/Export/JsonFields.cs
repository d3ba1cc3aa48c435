using System.Globalization;
using System.Text.Json;

namespace Flywheel.Sources.Export;

/// <summary>
/// Typed reads of CLI JSON members. An absent or null member is null (not collected); a member of the wrong
/// kind throws <see cref="ExportShapeException"/>, which the reader reports against the file.
/// </summary>
internal static class JsonFields
{
    public static JsonElement? Obj(JsonElement parent, string name)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            return null;
        }

        return value.Value.ValueKind == JsonValueKind.Object ? value : throw Wrong(name, "an object", value.Value);
    }

    public static IEnumerable<JsonElement> Items(JsonElement parent, string name)
    {
        var value = Member(parent, name);
        if (value is null)
        {
            return [];
        }

        return value.Value.ValueKind == JsonValueKind.Array
            ? value.Value.EnumerateArray().ToArray()
            : throw Wrong(name, "an array", value.Value);
    }

    /// <summary>The elements of an array member that must be objects.</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement parent, string name)
    {
        foreach (var item in Items(parent, name))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Wrong(name + "[]", "an object", item);
            }

            yield return item;
        }
    }

    /// <summary>Like <see cref="Items"/>, but null when the member is absent (for lists where absent means unknown).</summary>
    public static IReadOnlyList<string>? StringListOrNull(JsonElement parent, string name) =>
        Member(parent, name) is null ? null : StringList(parent, name);

    public static IReadOnlyList<string> StringList(JsonElement parent, string name) =>
        Items(parent, name).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Wrong(name + "[]", "a string", e)).ToArray();

    public static string? Str(JsonElement parent, string name)
    {
        if (Member(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Wrong(name, "a string", value);
    }

    public static string RequiredStr(JsonElement parent, string name, string context) =>
        Str(parent, name) ?? throw new ExportShapeException($"expected {context} to have a string {name}");

    public static bool? Bool(JsonElement parent, string name)
    {
        if (Member(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Wrong(name, "true or false", value),
        };
    }

    public static int? Int(JsonElement parent, string name)
    {
        if (Member(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Wrong(name, "a whole number", value);
    }

    /// <summary>An ISO 8601 timestamp as the CLI prints it (2016-07-28T18:44:18.889000+00:00) or epoch seconds.</summary>
    public static DateTimeOffset? Date(JsonElement parent, string name)
    {
        if (Member(parent, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.GetDouble() * 1000));
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        throw Wrong(name, "an ISO 8601 timestamp or epoch seconds", value);
    }

    /// <summary>Tags as the CLI prints them: [{"Key","Value"}] (RDS, EC2, Secrets Manager) or a map (GuardDuty).</summary>
    public static IReadOnlyDictionary<string, string> Tags(JsonElement parent, string name)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var value = Member(parent, name);
        if (value is { ValueKind: JsonValueKind.Object } map)
        {
            foreach (var property in map.EnumerateObject())
            {
                tags[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }

            return tags;
        }

        foreach (var tag in Objects(parent, name))
        {
            var key = Str(tag, "Key");
            if (key is not null)
            {
                tags[key] = Str(tag, "Value") ?? string.Empty;
            }
        }

        return tags;
    }

    public static JsonElement RequireObject(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Wrong(what, "an object", element);

    private static JsonElement? Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    private static ExportShapeException Wrong(string name, string expected, JsonElement found) =>
        new($"expected {name} to be {expected}, found {Describe(found.ValueKind)}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
