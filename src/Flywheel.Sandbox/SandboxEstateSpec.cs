namespace Flywheel.Sandbox;

/// <summary>
/// The shape of the generated estate. The same spec (seed included) always generates the same estate: the same
/// accounts, keys, identifiers and misconfigurations.
/// </summary>
public sealed record SandboxEstateSpec
{
    public int Seed { get; init; } = SandboxConstants.DefaultSeed;

    public int Accounts { get; init; } = 2;

    public IReadOnlyList<string> Regions { get; init; } = ["us-east-1", "eu-west-1"];

    /// <summary>DB instances per account × region, cluster members included.</summary>
    public int InstancesPerRegion { get; init; } = 6;

    /// <summary>The share of instances that are members of Aurora clusters (two members per cluster).</summary>
    public double ClusterShare { get; init; } = 0.25;

    /// <summary>Engines of standalone instances, picked uniformly.</summary>
    public IReadOnlyList<string> Engines { get; init; } = ["postgres", "mysql", "mariadb", "postgres", "mysql"];

    /// <summary>Engines of clusters, picked uniformly.</summary>
    public IReadOnlyList<string> ClusterEngines { get; init; } = ["aurora-postgresql", "aurora-mysql"];

    public int ManualSnapshotsPerInstance { get; init; } = 1;

    /// <summary>Customer-managed symmetric keys per region (an asymmetric and an HMAC key are added to each region too).</summary>
    public int KeysPerRegion { get; init; } = 3;

    public int SecretsPerRegion { get; init; } = 2;

    /// <summary>Application security groups per region (each region also has its VPC's default group).</summary>
    public int SecurityGroupsPerRegion { get; init; } = 3;

    /// <summary>Values of the <c>team</c> tag; the <c>owner</c> tag is derived from it.</summary>
    public IReadOnlyList<string> Teams { get; init; } = ["payments", "search", "identity", "analytics"];

    /// <summary>
    /// The chance that each security-relevant setting of a resource is insecure (public access, no encryption,
    /// no deletion protection, short backup retention, public snapshot, rotation off, open ingress, …).
    /// </summary>
    public double MisconfigurationRate { get; init; } = 0.2;
}
