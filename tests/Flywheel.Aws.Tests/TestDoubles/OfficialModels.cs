using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>The official, untrimmed service models copied into Models/ (the ground truth for member names).</summary>
internal static class OfficialModels
{
    public static readonly string[] Services = ["rds", "ec2", "kms", "secretsmanager", "sts", "cloudtrail", "guardduty", "organizations"];

    private static readonly ConcurrentDictionary<string, JsonObject> Cache = new();

    public static JsonObject Service(string service) => Cache.GetOrAdd(service, s => Load(s, "service-2.json"));

    public static JsonObject Paginators(string service) => Cache.GetOrAdd(service + "/paginators", _ => Load(service, "paginators-1.json"));

    public static JsonObject? Shape(string service, string shape) => Service(service)["shapes"]![shape]?.AsObject();

    /// <summary>The node without documentation strings, as the embedded models keep it.</summary>
    public static JsonNode? StripDocumentation(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o
            .Where(p => !(p.Key is "documentation" or "documentationUrl" && p.Value is JsonValue))
            .Select(p => KeyValuePair.Create(p.Key, StripDocumentation(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(StripDocumentation)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonObject Load(string service, string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", service, file)))!.AsObject();
}
