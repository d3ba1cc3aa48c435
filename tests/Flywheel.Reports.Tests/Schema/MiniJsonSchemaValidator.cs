using System.Globalization;
using System.Text.Json;

namespace Flywheel.Reports.Tests.Schema;

/// <summary>
/// A validator for the subset of JSON Schema the report schemas use (type, required, properties,
/// additionalProperties false or a schema, enum, items, local $ref); no schema package is available. Other keywords
/// (format, minimum, description) are annotations here.
/// </summary>
internal static class MiniJsonSchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonElement schemaRoot, JsonElement instance)
    {
        var errors = new List<string>();
        Validate(schemaRoot, schemaRoot, instance, "$", errors);
        return errors;
    }

    private static void Validate(JsonElement root, JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = Resolve(root, reference.GetString()!);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, instance))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {instance.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, instance)))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(root, schema, instance, path, errors);
        }
        else if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Validate(root, items, item, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]", errors);
                index++;
            }
        }
    }

    private static void ValidateObject(JsonElement root, JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required property '{name}' is missing");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in instance.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(root, propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: property '{property.Name}' is not allowed");
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Validate(root, additional, property.Value, $"{path}.{property.Name}", errors);
            }
        }
    }

    private static JsonElement Resolve(JsonElement root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local references are supported: {reference}");
        }

        var current = root;
        foreach (var segment in reference[2..].Split('/'))
        {
            current = current.GetProperty(segment);
        }

        return current;
    }

    private static bool TypeMatches(JsonElement type, JsonElement instance) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, instance))
        : TypeMatches(type.GetString()!, instance);

    private static bool TypeMatches(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        _ => throw new NotSupportedException($"type {type}"),
    };
}
