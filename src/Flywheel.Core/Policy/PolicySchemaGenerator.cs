using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Core.Policy.Options;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of the policy file from the rule registry, for editors. Every object
/// sets <c>additionalProperties: false</c> (free-form maps such as tags use <c>patternProperties</c>), so an editor
/// flags the same unknown keys as the loader.
/// </summary>
public static class PolicySchemaGenerator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Generate(RuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var rules = new JsonObject();
        foreach (var registered in registry.Rules)
        {
            rules[registered.Id] = RuleSchema(registered);
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Flywheel baseline policy",
            ["description"] = "What secure means for an estate: which rules run with which options, the scope, and the exceptions. See docs/policy.md.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("version"),
            ["properties"] = new JsonObject
            {
                ["version"] = new JsonObject { ["description"] = "The policy format version; only 1 is known.", ["type"] = "integer", ["const"] = 1 },
                ["enableAllRules"] = new JsonObject
                {
                    ["description"] = "When true, rules not listed under 'rules' run with their defaults (opt-in rules still need listing).",
                    ["type"] = "boolean",
                    ["default"] = true,
                },
                ["scope"] = Ref("scope", "The resources the whole policy applies to; empty means everything."),
                ["rules"] = new JsonObject
                {
                    ["description"] = "Settings per rule id; a rule listed with no settings is enabled with its defaults.",
                    ["type"] = Types("object", "null"),
                    ["additionalProperties"] = false,
                    ["properties"] = rules,
                },
                ["exceptions"] = new JsonObject
                {
                    ["description"] = "Accepted risks, each with an owner, a reason and an expiry at most 365 days ahead.",
                    ["type"] = Types("array", "null"),
                    ["items"] = Ref("exception"),
                },
            },
            ["$defs"] = Definitions(),
        };
        return schema.ToJsonString(Indented);
    }

    private static JsonObject RuleSchema(RegisteredRule registered)
    {
        var metadata = registered.Metadata;
        var properties = new JsonObject
        {
            ["enabled"] = new JsonObject
            {
                ["description"] = metadata.DefaultEnabled ? "Runs the rule (on by default)." : "Runs the rule (opt-in: off unless enabled here).",
                ["type"] = "boolean",
                ["default"] = true,
            },
            ["severity"] = Ref("severity", $"Overrides the rule's severity ({Name(metadata.Severity)})."),
            ["remediation"] = Ref("remediation", "What Flywheel may do about a failure (default: report)."),
            ["scope"] = Ref("scope", "Narrows the policy's scope for this rule."),
        };
        var model = RuleOptionsModel.For(registered.Rule.OptionsType);
        if (model.Options.Count > 0)
        {
            properties["options"] = OptionsSchema(model);
        }

        return new JsonObject
        {
            ["description"] = $"{metadata.Title} ({Name(metadata.Severity)}, {metadata.Category}{(metadata.DefaultEnabled ? string.Empty : ", opt-in")})",
            ["type"] = Types("object", "null"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject OptionsSchema(RuleOptionsModel model)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var option in model.Options)
        {
            var schema = ValueSchema(option.ValueType);
            if (option.Description is { } description)
            {
                schema.Insert(0, "description", description);
            }

            if (ToJson(option.DefaultValue) is { } defaultValue)
            {
                schema["default"] = defaultValue;
            }

            AddConstraints(schema, option);
            if (option.IsRequired && option.DefaultValue is null)
            {
                required.Add(option.Name);
            }

            properties[option.Name] = schema;
        }

        var options = new JsonObject
        {
            ["description"] = "The rule's options; options not given keep their defaults.",
            ["type"] = Types("object", "null"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        if (required.Count > 0)
        {
            options["required"] = required;
        }

        return options;
    }

    private static JsonObject ValueSchema(OptionValueType type)
    {
        var schema = type.Kind switch
        {
            OptionValueKind.Boolean => new JsonObject { ["type"] = "boolean" },
            OptionValueKind.Integer => new JsonObject { ["type"] = "integer" },
            OptionValueKind.Number => new JsonObject { ["type"] = "number" },
            OptionValueKind.String => new JsonObject { ["type"] = "string" },
            OptionValueKind.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(type.EnumNames.Select(n => (JsonNode?)n).ToArray()) },
            OptionValueKind.List => new JsonObject { ["type"] = "array", ["items"] = ValueSchema(type.Element!) },
            _ => new JsonObject
            {
                ["type"] = "object",
                ["patternProperties"] = new JsonObject { ["^.*$"] = ValueSchema(type.Element!) },
                ["additionalProperties"] = false,
            },
        };
        if (type.IsNullable)
        {
            schema["type"] = Types(schema["type"]!.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }

        return schema;
    }

    private static void AddConstraints(JsonObject schema, RuleOption option)
    {
        if (option.Range is { } range)
        {
            schema[range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = Number(range.Minimum);
            schema[range.MaximumIsExclusive ? "exclusiveMaximum" : "maximum"] = Number(range.Maximum);
        }

        var (min, max) = option.ValueType.Kind switch
        {
            OptionValueKind.List => ("minItems", "maxItems"),
            OptionValueKind.Map => ("minProperties", "maxProperties"),
            _ => ("minLength", "maxLength"),
        };
        if (option.MinLength is { } minLength)
        {
            schema[min] = minLength.Length;
        }

        if (option.MaxLength is { Length: > 0 } maxLength)
        {
            schema[max] = maxLength.Length;
        }

        if (option.Pattern is { } pattern && option.ValueType.Kind == OptionValueKind.String)
        {
            schema["pattern"] = pattern.Pattern;
        }
    }

    private static JsonObject Definitions() => new()
    {
        ["severity"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(PolicyReader.SeverityNames) },
        ["remediation"] = new JsonObject
        {
            ["description"] = "report: record the finding; plan: also plan the fix; apply: also apply it.",
            ["type"] = "string",
            ["enum"] = Strings(PolicyReader.RemediationNames),
        },
        ["accountId"] = new JsonObject { ["description"] = "A 12-digit AWS account id (quote it).", ["type"] = "string", ["pattern"] = PolicyReader.AccountIdPattern },
        ["region"] = new JsonObject { ["description"] = "An AWS region code such as us-east-1.", ["type"] = "string", ["pattern"] = PolicyReader.RegionPattern },
        ["tags"] = new JsonObject
        {
            ["description"] = "Tag key to value; all must match. A value of \"*\" means the key is present with any value.",
            ["type"] = "object",
            ["patternProperties"] = new JsonObject { ["^.+$"] = new JsonObject { ["type"] = "string" } },
            ["additionalProperties"] = false,
        },
        ["scope"] = new JsonObject
        {
            ["type"] = Types("object", "null"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["accounts"] = new JsonObject { ["description"] = "Only these accounts (empty: all).", ["type"] = "array", ["items"] = Ref("accountId") },
                ["regions"] = new JsonObject { ["description"] = "Only these regions (empty: all).", ["type"] = "array", ["items"] = Ref("region") },
                ["tags"] = Ref("tags", "Only resources carrying all these tags."),
                ["excludeTags"] = Ref("tags", "Leaves out resources carrying any of these tags."),
            },
        },
        ["exception"] = new JsonObject
        {
            ["description"] = "An accepted risk. It needs 'resource' or 'tags' (or both).",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = Strings(PolicyReader.RequiredExceptionKeys),
            ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("resource") }, new JsonObject { ["required"] = new JsonArray("tags") }),
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["description"] = "A stable id for reports (default: exception-<n>, 1-based).", ["type"] = "string", ["minLength"] = 1 },
                ["rule"] = new JsonObject { ["description"] = "Rule id or glob (* and ?); must match at least one rule.", ["type"] = "string", ["minLength"] = 1 },
                ["resource"] = new JsonObject { ["description"] = "Glob (* and ?) on the resource ARN or name.", ["type"] = "string", ["minLength"] = 1 },
                ["tags"] = Ref("tags", "Resources carrying all these tags."),
                ["accounts"] = new JsonObject { ["description"] = "Only in these accounts (empty: all).", ["type"] = "array", ["items"] = Ref("accountId") },
                ["owner"] = new JsonObject { ["description"] = "Who accepted the risk (a team or an email address).", ["type"] = "string", ["minLength"] = 1 },
                ["reason"] = new JsonObject { ["description"] = "Why the risk is accepted.", ["type"] = "string", ["minLength"] = 1 },
                ["expires"] = new JsonObject
                {
                    ["description"] = "ISO 8601 date (end of that day, UTC) or date-time, at most 365 days ahead. Past dates load; the finding is then reported as failing with the exception expired.",
                    ["type"] = "string",
                    ["pattern"] = PolicyReader.ExpiresPattern,
                },
            },
        },
    };

    private static JsonObject Ref(string definition, string? description = null)
    {
        var node = new JsonObject { ["$ref"] = $"#/$defs/{definition}" };
        if (description is not null)
        {
            node["description"] = description;
        }

        return node;
    }

    private static JsonArray Types(params string[] types) => Strings(types);

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static string Name(Severity severity) => OptionValueType.CamelCase(severity.ToString());

    private static JsonNode? Number(object bound) => bound switch
    {
        int i => i,
        long l => l,
        double d => d,
        _ => double.Parse(Convert.ToString(bound, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    private static JsonObject MapToJson(IDictionary map)
    {
        var json = new JsonObject();

        // foreach over IDictionary yields DictionaryEntry; Cast<DictionaryEntry>() would see the generic pairs.
        foreach (DictionaryEntry entry in map)
        {
            json[(string)entry.Key] = ToJson(entry.Value);
        }

        return json;
    }

    /// <summary>A default value as JSON (options hold only the types <see cref="OptionValueType"/> supports).</summary>
    internal static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool b => b,
        int i => i,
        long l => l,
        double d => d,
        string s => s,
        Enum e => OptionValueType.CamelCase(e.ToString()),
        IDictionary map => MapToJson(map),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToJson).ToArray()),
        _ => throw new NotSupportedException($"Cannot write a default of type {value.GetType().Name}."),
    };
}
