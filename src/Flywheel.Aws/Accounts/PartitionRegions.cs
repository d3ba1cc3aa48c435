using System.Text.Json.Nodes;

namespace Flywheel.Aws.Accounts;

/// <summary>
/// The regions each partition lists in the official endpoints.json that the endpoint resolver uses (the same
/// embedded file), to check <c>--regions</c> names before anything is called.
/// </summary>
internal sealed class PartitionRegions
{
    private const string ResourceName = "Flywheel.Aws.Wire.Endpoints.endpoints.json";

    // Where partition-wide calls go when no region is configured: the partition's first and always-enabled region.
    private static readonly Dictionary<string, string> HomeRegions = new(StringComparer.Ordinal)
    {
        ["aws"] = "us-east-1",
        ["aws-cn"] = "cn-north-1",
        ["aws-us-gov"] = "us-gov-west-1",
        ["aws-iso"] = "us-iso-east-1",
        ["aws-iso-b"] = "us-isob-east-1",
    };

    private static readonly Lazy<PartitionRegions> Embedded = new(() =>
    {
        using var stream = typeof(PartitionRegions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return new PartitionRegions(JsonNode.Parse(stream)!.AsObject());
    });

    private readonly Dictionary<string, IReadOnlyList<string>> _regions = new(StringComparer.Ordinal);

    public PartitionRegions(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var partition in document["partitions"]!.AsArray())
        {
            _regions[partition!["partition"]!.GetValue<string>()] = [.. partition["regions"]!.AsObject().Select(r => r.Key)];
        }
    }

    public static PartitionRegions Default => Embedded.Value;

    /// <summary>The partition's regions, empty for an unknown partition.</summary>
    public IReadOnlyList<string> For(string partition) => _regions.GetValueOrDefault(partition) ?? [];

    public bool Contains(string partition, string region) => For(partition).Contains(region, StringComparer.Ordinal);

    /// <summary>The region for partition-wide calls (DescribeRegions, ListAccounts) when none is configured.</summary>
    public string HomeRegion(string partition) =>
        HomeRegions.GetValueOrDefault(partition) ?? (For(partition) is [var first, ..] ? first : "us-east-1");
}
