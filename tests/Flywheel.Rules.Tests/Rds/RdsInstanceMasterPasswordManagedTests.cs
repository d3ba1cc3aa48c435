using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsInstanceMasterPasswordManaged;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceMasterPasswordManagedTests
{
    private const string RuleId = "rds-instance-master-password-managed";

    private static DbInstance SelfManaged() => Some.Instance() with { MasterUserSecret = null };

    private static Secret Linked(string value, bool? rotation = true) => Some.Secret("db-1/master") with
    {
        RotationEnabled = rotation,
        Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["flywheel:rds-resource"] = value },
    };

    [Fact]
    public void Evaluate_RdsManagedSecret_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master password is managed by RDS in Secrets Manager (arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-db-1-AbCdEf)");
    }

    [Fact]
    public void Evaluate_RdsManagedSecretAndSecretsNotCollected_StillPasses()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.SecretsManagerSecrets).Build();

        RuleHarness.Evaluate(RuleId, instance, inventory).Status.ShouldBe(FindingStatus.Pass);
    }

    [Theory]
    [InlineData("db-1")]
    [InlineData("arn:aws:rds:us-east-1:123456789012:db:db-1")]
    public void Evaluate_LinkedSecretWithRotation_Passes(string tagValue)
    {
        var instance = SelfManaged();
        var inventory = new InventoryBuilder().With(instance, Linked(tagValue)).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master password is kept in secret db-1/master (tagged flywheel:rds-resource) with rotation enabled");
    }

    [Fact]
    public void Evaluate_LinkedSecretWithoutRotation_FailsSayingSo()
    {
        var instance = SelfManaged();
        var inventory = new InventoryBuilder().With(instance, Linked("db-1", rotation: false)).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("master password is not managed by RDS; linked secret db-1/master (tagged flywheel:rds-resource) does not have rotation enabled");
    }

    [Fact]
    public void Evaluate_NoLinkedSecret_Fails()
    {
        var instance = SelfManaged();
        var otherRegion = Linked("db-1") with { Region = "eu-west-1", Arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-1/master-AbCdEf" };
        var inventory = new InventoryBuilder().With(instance, Linked("db-2"), otherRegion).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("master password is not managed by RDS (no MasterUserSecret) and no secret is tagged flywheel:rds-resource=db-1");
    }

    [Fact]
    public void Evaluate_CustomLinkTagKey_IsUsed()
    {
        var instance = SelfManaged();
        var secret = Some.Secret("db-1/master") with { Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["db"] = "db-1" } };
        var inventory = new InventoryBuilder().With(instance, secret).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory, new RdsInstanceMasterPasswordManagedOptions { LinkTagKey = "db" });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master password is kept in secret db-1/master (tagged db) with rotation enabled");
    }

    [Fact]
    public void Evaluate_LinkedSecretRotationUnknown_IsError()
    {
        var instance = SelfManaged();
        var inventory = new InventoryBuilder().With(instance, Linked("db-1", rotation: null)).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RotationEnabled of linked secret db-1/master was not collected");
    }

    [Fact]
    public void Evaluate_SecretsNotCollectedAndNoManagedSecret_IsError()
    {
        var instance = SelfManaged();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.SecretsManagerSecrets, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("secretsmanager list-secrets not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1", MasterUserSecret = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's master user password applies");
    }
}
