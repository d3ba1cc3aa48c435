using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterMasterPasswordManagedTests
{
    private const string RuleId = "rds-cluster-master-password-managed";

    [Fact]
    public void Evaluate_RdsManagedSecret_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master password is managed by RDS in Secrets Manager (arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!cluster-cluster-1-AbCdEf)");
    }

    [Fact]
    public void Evaluate_LinkedRdsManagedSecret_Passes()
    {
        var cluster = Some.Cluster() with { MasterUserSecret = null };
        var secret = Some.Secret("cluster-1/master") with
        {
            RotationEnabled = null,
            OwningService = "rds",
            Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["flywheel:rds-resource"] = cluster.Arn },
        };
        var inventory = new InventoryBuilder().With(cluster, secret).Build();

        var finding = RuleHarness.Evaluate(RuleId, cluster, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master password is kept in secret cluster-1/master (tagged flywheel:rds-resource) with rotation enabled");
    }

    [Fact]
    public void Evaluate_NoManagedOrLinkedSecret_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { MasterUserSecret = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("master password is not managed by RDS (no MasterUserSecret) and no secret is tagged flywheel:rds-resource=cluster-1");
    }

    [Fact]
    public void Evaluate_SecretsNotCollected_IsError()
    {
        var cluster = Some.Cluster() with { MasterUserSecret = null };
        var inventory = new InventoryBuilder().With(cluster).Missing(Dataset.SecretsManagerSecrets).Build();

        var finding = RuleHarness.Evaluate(RuleId, cluster, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("secretsmanager list-secrets not collected for 123456789012/us-east-1: not in the export");
    }
}
