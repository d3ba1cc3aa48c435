using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceBackupsReplicatedCrossRegion;

/// <summary>
/// An instance's automated backups are replicated to another region, so a regional outage or a compromised
/// region does not take the backups with it. Opt-in: it costs storage and transfer. Aurora has no such replication.
/// </summary>
internal sealed class RdsInstanceBackupsReplicatedCrossRegion : Rule<DbInstance, RdsInstanceBackupsReplicatedCrossRegionOptions>
{
    public override string Id => "rds-instance-backups-replicated-cross-region";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceBackupsReplicatedCrossRegionOptions options)
    {
        if (ClusterMembership.AnyMember(resource, "automated backup replication is set per DB instance outside clusters") is { } member)
        {
            return member;
        }

        // arn:aws:rds:<region>:<account>:auto-backup:ab-…
        var regions = resource.AutomatedBackupReplicationArns
            .Select(arn => arn.Split(':') is { Length: > 3 } parts ? parts[3] : "")
            .Where(r => r.Length > 0 && !string.Equals(r, resource.Region, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Evidence[] evidence = [Evidence.Of("AutomatedBackupReplicationArns", resource.AutomatedBackupReplicationArns), Evidence.Of("RequiredRegions", options.RequiredRegions)];
        if (regions.Length == 0)
        {
            return RuleResult.Fail($"automated backups are not replicated to another region (the instance is in {resource.Region})", evidence);
        }

        var absent = options.RequiredRegions.Where(r => !regions.Contains(r, StringComparer.Ordinal)).ToArray();
        return absent.Length > 0
            ? RuleResult.Fail($"automated backups are not replicated to the required regions {string.Join(", ", absent)} (replicated to {string.Join(", ", regions)})", evidence)
            : RuleResult.Pass($"automated backups are replicated to {string.Join(", ", regions)}", evidence);
    }
}
