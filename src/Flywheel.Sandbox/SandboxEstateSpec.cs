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

    /// <summary>
    /// Manual snapshots per standalone instance and per cluster: the whole part for every one, and one more for that
    /// share of them (0.1: one manual snapshot for every tenth instance; 1: one each; 2.5: two each and a third for
    /// every other one). The share is spread evenly over the generation order (no random draw picks the instances), and
    /// the same seed and spec give the same snapshots. Automated snapshots are separate: every standalone instance with
    /// backups, and every cluster, has its latest one.
    /// </summary>
    public double ManualSnapshotsPerInstance { get; init; } = 1;

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

    /// <summary>
    /// Rates for particular misconfigurations, overriding <see cref="MisconfigurationRate"/>: <c>guardduty-disabled</c>,
    /// <c>key-rotation-disabled</c>, <c>no-auto-minor-version-upgrade</c>, <c>no-copy-tags-to-snapshot</c>,
    /// <c>no-deletion-protection</c>, <c>no-enhanced-monitoring</c>, <c>no-event-subscription</c>, <c>no-guardduty</c>,
    /// <c>no-iam-authentication</c>, <c>no-log-exports</c>, <c>no-log-file-validation</c>, <c>no-performance-insights</c>,
    /// <c>no-trail</c>, <c>open-ingress</c>, <c>outdated-ca-certificate</c>, <c>proxy-tls-optional</c>,
    /// <c>public-access</c>, <c>public-snapshot</c>, <c>rds-protection-disabled</c>, <c>secret-rotation-disabled</c>,
    /// <c>short-backup-retention</c>, <c>single-region-trail</c>, <c>tls-not-enforced</c>, <c>trail-not-encrypted</c>,
    /// <c>trail-not-logging</c>, <c>unencrypted</c>.
    /// </summary>
    public IReadOnlyDictionary<string, double> MisconfigurationRates { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);
}
