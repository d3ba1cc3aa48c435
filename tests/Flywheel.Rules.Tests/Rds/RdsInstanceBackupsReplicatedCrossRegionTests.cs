using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsInstanceBackupsReplicatedCrossRegion;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceBackupsReplicatedCrossRegionTests
{
    private const string RuleId = "rds-instance-backups-replicated-cross-region";

    private static DbInstance ReplicatedTo(params string[] regions) => Some.Instance() with
    {
        AutomatedBackupReplicationArns = [.. regions.Select(r => $"arn:aws:rds:{r}:{Some.Account}:auto-backup:ab-{r}")],
    };

    [Fact]
    public void Evaluate_ReplicatedToAnotherRegion_PassesNamingIt()
    {
        var finding = RuleHarness.Evaluate(RuleId, ReplicatedTo("us-west-2"));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automated backups are replicated to us-west-2");
    }

    [Fact]
    public void Evaluate_NotReplicated_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automated backups are not replicated to another region (the instance is in us-east-1)");
    }

    [Fact]
    public void Evaluate_RequiredRegionMissing_FailsNamingIt()
    {
        var options = new RdsInstanceBackupsReplicatedCrossRegionOptions { RequiredRegions = ["eu-west-1"] };

        var finding = RuleHarness.Evaluate(RuleId, ReplicatedTo("us-west-2"), options: options);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automated backups are not replicated to the required regions eu-west-1 (replicated to us-west-2)");
    }

    [Fact]
    public void Evaluate_RequiredRegionPresent_Passes()
    {
        var options = new RdsInstanceBackupsReplicatedCrossRegionOptions { RequiredRegions = ["eu-west-1"] };

        var finding = RuleHarness.Evaluate(RuleId, ReplicatedTo("us-west-2", "eu-west-1"), options: options);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automated backups are replicated to us-west-2, eu-west-1");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1" });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; automated backup replication is set per DB instance outside clusters");
    }

    [Fact]
    public void Evaluate_InstancesNotCollected_IsError()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.RdsDbInstances, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-instances not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_OptInRule_IsNotRunByDefault()
    {
        var metadata = Rules.Catalog.BuiltInRules.CreateRegistry().Find(RuleId)!.Metadata;

        metadata.DefaultEnabled.ShouldBeFalse();
    }
}
