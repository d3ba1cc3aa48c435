using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

/// <summary>Reads every embedded <c>&lt;id&gt;.metadata.json</c>; a file that does not parse is reported by name.</summary>
internal static class RuleMetadataLoader
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static IReadOnlyDictionary<string, RuleMetadata> LoadAll(Assembly assembly)
    {
        var result = new Dictionary<string, RuleMetadata>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("metadata/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                var metadata = JsonSerializer.Deserialize<RuleMetadata>(stream, JsonOptions)
                    ?? throw new JsonException("the file is empty");
                var expectedId = name["metadata/".Length..^".metadata.json".Length];
                if (!string.Equals(metadata.Id, expectedId, StringComparison.Ordinal))
                {
                    errors.Add($"{name}: id '{metadata.Id}' does not match the file name '{expectedId}'");
                }

                result[metadata.Id] = metadata;
            }
            catch (JsonException ex)
            {
                errors.Add($"{name}: {ex.Message}");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Rule metadata is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)));
        }

        return result;
    }
}
