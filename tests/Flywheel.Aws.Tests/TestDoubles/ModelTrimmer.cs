using System.Reflection;
using System.Text.Json.Nodes;
using Flywheel.Aws.Clients.Rds;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>
/// Builds what the embedded model of a service must be: the official metadata, the operations our API classes
/// expose, every shape those operations reach, and their paginators, without documentation.
/// </summary>
internal static class ModelTrimmer
{
    public static IReadOnlyList<string> Operations(string service)
    {
        var api = typeof(RdsApi).Assembly.GetTypes()
            .Single(t => t.IsClass && t.GetField("ServiceKey")?.GetValue(null) as string == service);
        return [.. api.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name.Replace("PagesAsync", "", StringComparison.Ordinal).Replace("Async", "", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    public static JsonObject Trim(string service)
    {
        var official = OfficialModels.Service(service);
        var officialShapes = official["shapes"]!.AsObject();
        var operations = Operations(service);
        var reachable = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(operations
            .SelectMany(o => new[] { official["operations"]![o]!["input"]?["shape"], official["operations"]![o]!["output"]?["shape"] })
            .OfType<JsonNode>()
            .Select(n => n.GetValue<string>()));
        while (pending.TryPop(out var name))
        {
            if (!reachable.Add(name))
            {
                continue;
            }

            var shape = officialShapes[name]!.AsObject();
            var references = (shape["members"]?.AsObject().Select(m => m.Value!) ?? [])
                .Concat(new[] { shape["member"], shape["key"], shape["value"] }.OfType<JsonNode>());
            foreach (var reference in references)
            {
                pending.Push(reference["shape"]!.GetValue<string>());
            }
        }

        var paginators = OfficialModels.Paginators(service)["pagination"]!.AsObject();
        return new JsonObject
        {
            ["metadata"] = OfficialModels.StripDocumentation(official["metadata"]),
            ["operations"] = new JsonObject(operations.Select(o => KeyValuePair.Create(o, OfficialModels.StripDocumentation(official["operations"]![o])))),
            ["shapes"] = new JsonObject(reachable.Select(s => KeyValuePair.Create(s, OfficialModels.StripDocumentation(officialShapes[s])))),
            ["pagination"] = new JsonObject(operations.Where(paginators.ContainsKey).Select(o => KeyValuePair.Create<string, JsonNode?>(o, paginators[o]!.DeepClone()))),
        };
    }
}
