using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Flywheel.Aws.Wire.Endpoints;

/// <summary>
/// Resolves endpoints from the official endpoints.json (version 3), as the AWS SDKs' legacy resolver does: find
/// the partition (a listed region, a region matching the partition's regex, or an endpoint key such as
/// "aws-global"), then the service's entry for the region, its partition endpoint when the service is not
/// regionalized, or the defaults; an entry's fields override the service defaults, which override the partition
/// defaults. The hostname template takes {service}, {region} and {dnsSuffix}; credentialScope.region, when
/// present, is the signing region.
/// </summary>
internal sealed class PartitionEndpointResolver : IEndpointResolver
{
    private const string ResourceName = "Flywheel.Aws.Wire.Endpoints.endpoints.json";

    private static readonly Lazy<PartitionEndpointResolver> Embedded = new(() =>
    {
        using var stream = typeof(PartitionEndpointResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return new PartitionEndpointResolver(JsonNode.Parse(stream)!.AsObject());
    });

    private readonly IReadOnlyList<Partition> _partitions;

    public PartitionEndpointResolver(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _partitions = [.. document["partitions"]!.AsArray().Select(p => new Partition(p!.AsObject()))];
    }

    /// <summary>The resolver over the endpoints.json shipped in this assembly (parsed once).</summary>
    public static PartitionEndpointResolver Default => Embedded.Value;

    public EndpointResolution Resolve(string service, string region)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(region);

        var partition = _partitions.FirstOrDefault(p => p.HasRegion(region))
            ?? _partitions.FirstOrDefault(p => p.HasEndpointKey(service, region))
            ?? _partitions.FirstOrDefault(p => p.MatchesRegex(region));
        if (partition is null)
        {
            return EndpointResolution.Failed($"Region '{region}' belongs to no known partition.");
        }

        var serviceNode = partition.Services[service]?.AsObject();
        var endpoints = serviceNode?["endpoints"]?.AsObject();
        var key = region;
        JsonObject? entry = endpoints?[region]?.AsObject();
        if (entry is null && serviceNode is not null
            && serviceNode["partitionEndpoint"]?.GetValue<string>() is { } partitionEndpoint
            && serviceNode["isRegionalized"]?.GetValue<bool>() == false)
        {
            // Global services (IAM, Organizations) have one endpoint for the whole partition.
            key = partitionEndpoint;
            entry = endpoints?[partitionEndpoint]?.AsObject();
        }

        if (entry is null && !partition.HasRegion(region) && !partition.MatchesRegex(region))
        {
            return EndpointResolution.Failed($"Service '{service}' has no endpoint '{region}' in partition {partition.Name}.");
        }

        var hostname = Field(entry, serviceNode, partition.Defaults, "hostname")!;
        var dnsSuffix = Field(entry, serviceNode, partition.Defaults, "dnsSuffix") ?? partition.DnsSuffix;
        var signingRegion = entry?["credentialScope"]?["region"]?.GetValue<string>()
            ?? serviceNode?["defaults"]?["credentialScope"]?["region"]?.GetValue<string>()
            ?? key;
        var host = hostname.Replace("{service}", service, StringComparison.Ordinal)
            .Replace("{region}", key, StringComparison.Ordinal)
            .Replace("{dnsSuffix}", dnsSuffix, StringComparison.Ordinal);
        return EndpointResolution.Of(new AwsEndpoint(new Uri("https://" + host), signingRegion, partition.Name));
    }

    private static string? Field(JsonObject? entry, JsonObject? service, JsonObject defaults, string name) =>
        entry?[name]?.GetValue<string>()
        ?? service?["defaults"]?[name]?.GetValue<string>()
        ?? defaults[name]?.GetValue<string>();

    private sealed class Partition
    {
        private readonly Regex _regionRegex;

        private readonly JsonObject _regions;

        public Partition(JsonObject node)
        {
            Name = node["partition"]!.GetValue<string>();
            DnsSuffix = node["dnsSuffix"]!.GetValue<string>();
            Defaults = node["defaults"]!.AsObject();
            Services = node["services"]!.AsObject();
            _regions = node["regions"]!.AsObject();
            _regionRegex = new Regex(node["regionRegex"]!.GetValue<string>(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        public string Name { get; }

        public string DnsSuffix { get; }

        public JsonObject Defaults { get; }

        public JsonObject Services { get; }

        public bool HasRegion(string region) => _regions.ContainsKey(region);

        public bool MatchesRegex(string region) => _regionRegex.IsMatch(region);

        public bool HasEndpointKey(string service, string region) =>
            Services[service]?["endpoints"]?.AsObject().ContainsKey(region) == true;
    }
}
