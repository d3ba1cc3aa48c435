using System.Text.Json.Nodes;

namespace Flywheel.Sandbox.Protocols;

/// <summary>Helpers for the json protocols: timestamps are epoch seconds, absent members are left out.</summary>
internal static class JsonValues
{
    public static JsonNode? Epoch(DateTimeOffset? value) =>
        value is null ? null : JsonValue.Create(value.Value.ToUnixTimeMilliseconds() / 1000.0);

    /// <summary>Adds the member only when the value is not null.</summary>
    public static JsonObject With(this JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }

        return json;
    }

    public static string? GetString(this JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? GetInt(this JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static bool? GetBool(this JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
