using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Flywheel.Aws.Wire.Models;

/// <summary>
/// A service model (service-2.json plus its paginators), trimmed to the shapes the operations Flywheel calls can
/// reach and embedded in this assembly. It drives the protocol serializers: wire names, list encodings,
/// timestamp formats, HTTP bindings. Tests prove each embedded shape is identical to the official one.
/// </summary>
internal sealed class ServiceModel
{
    private static readonly ConcurrentDictionary<string, ServiceModel> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ShapeModel> _shapes;

    private readonly Dictionary<string, OperationModel> _operations;

    public ServiceModel(string key, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Key = key;
        var metadata = document["metadata"]!.AsObject();
        Protocol = metadata["protocol"]!.GetValue<string>();
        ApiVersion = metadata["apiVersion"]!.GetValue<string>();
        EndpointPrefix = metadata["endpointPrefix"]!.GetValue<string>();
        SigningName = metadata["signingName"]?.GetValue<string>() ?? EndpointPrefix;
        TargetPrefix = metadata["targetPrefix"]?.GetValue<string>();
        JsonVersion = metadata["jsonVersion"]?.GetValue<string>() ?? "1.1";
        _shapes = document["shapes"]!.AsObject().ToDictionary(s => s.Key, s => new ShapeModel(s.Key, s.Value!.AsObject()), StringComparer.Ordinal);
        var paginators = document["pagination"]?.AsObject();
        _operations = document["operations"]!.AsObject().ToDictionary(
            o => o.Key,
            o =>
            {
                var node = o.Value!.AsObject();
                var paginator = paginators?[o.Key] is JsonObject p && p["input_token"] is JsonValue && p["output_token"] is JsonValue
                    ? new PaginatorModel(p["input_token"]!.GetValue<string>(), p["output_token"]!.GetValue<string>(), p["limit_key"]?.GetValue<string>())
                    : null;
                return new OperationModel(
                    this,
                    o.Key,
                    node["http"]?["method"]?.GetValue<string>() ?? "POST",
                    node["http"]?["requestUri"]?.GetValue<string>() ?? "/",
                    node["input"]?["shape"]?.GetValue<string>(),
                    node["output"]?["shape"]?.GetValue<string>(),
                    node["output"]?["resultWrapper"]?.GetValue<string>(),
                    paginator);
            },
            StringComparer.Ordinal);
    }

    /// <summary>The model's file name: rds, ec2, kms, secretsmanager, sts, cloudtrail, guardduty, organizations.</summary>
    public string Key { get; }

    public string Protocol { get; }

    public string ApiVersion { get; }

    public string EndpointPrefix { get; }

    public string SigningName { get; }

    public string? TargetPrefix { get; }

    public string JsonVersion { get; }

    public IReadOnlyDictionary<string, OperationModel> Operations => _operations;

    public IReadOnlyDictionary<string, ShapeModel> Shapes => _shapes;

    /// <summary>The embedded model for a service key (parsed once per process).</summary>
    public static ServiceModel Load(string key) => Loaded.GetOrAdd(key, static k =>
    {
        var resource = $"Flywheel.Aws.Wire.Models.{k}.json";
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded service model {resource}.");
        return new ServiceModel(k, JsonNode.Parse(stream)!.AsObject());
    });

    public ShapeModel Shape(string name) =>
        _shapes.TryGetValue(name, out var shape) ? shape : throw new KeyNotFoundException($"Shape {name} is not in the {Key} model.");

    public OperationModel Operation(string name) =>
        _operations.TryGetValue(name, out var operation) ? operation : throw new KeyNotFoundException($"Operation {name} is not in the {Key} model.");
}
