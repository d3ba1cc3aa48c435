using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsInstanceEngineVersionSupported;
using Flywheel.Rules.Tests.TestData;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceEngineVersionSupportedTests
{
    private const string RuleId = "rds-instance-engine-version-supported";

    private static Finding Evaluate(DbInstance instance, EngineVersion? version, object? options = null) =>
        RuleHarness.Evaluate(RuleId, instance, new InventoryBuilder().With(version is null ? [instance] : [instance, version]).Build(), options);

    [Fact]
    public void Evaluate_VersionInStandardSupport_Passes()
    {
        var finding = Evaluate(Some.Instance(), AccountResources.EngineVersion());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("postgres 16.4 is in standard support until 2028-02-29");
    }

    [Fact]
    public void Evaluate_DeprecatedVersion_Fails()
    {
        var finding = Evaluate(Some.Instance(), AccountResources.EngineVersion() with { Status = "deprecated" });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres 16.4 is deprecated");
    }

    [Fact]
    public void Evaluate_PastStandardSupport_FailsWithExtendedSupportDates()
    {
        var version = AccountResources.EngineVersion() with
        {
            StandardSupportEnd = new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero),
            ExtendedSupportEnd = new DateTimeOffset(2029, 2, 28, 0, 0, 0, TimeSpan.Zero),
        };

        var finding = Evaluate(Some.Instance(), version);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres 16.4 is in RDS Extended Support since 2026-02-28 (extra charges, ends 2029-02-28)");
    }

    [Fact]
    public void Evaluate_VersionNotListed_Fails()
    {
        var finding = Evaluate(Some.Instance(), AccountResources.EngineVersion(version: "16.8"));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres 16.4 is not listed among available engine versions; likely deprecated");
    }

    [Fact]
    public void Evaluate_StandardSupportEndsWithinWarningWindow_Fails()
    {
        var version = AccountResources.EngineVersion() with { StandardSupportEnd = new DateTimeOffset(2027, 1, 22, 12, 0, 0, TimeSpan.Zero) };

        var warned = Evaluate(Some.Instance(), version, new RdsInstanceEngineVersionSupportedOptions { WarnDays = 90 });
        var off = Evaluate(Some.Instance(), version);

        warned.Status.ShouldBe(FindingStatus.Fail);
        warned.Reason.ShouldBe("standard support for postgres 16.4 ends on 2027-01-22, in 60 days (warning window 90 days)");
        off.Status.ShouldBe(FindingStatus.Pass);
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = Evaluate(Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1" }, null);

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's engine version applies");
    }

    [Fact]
    public void Evaluate_EngineVersionMissing_IsError()
    {
        var finding = Evaluate(Some.Instance() with { EngineVersion = null }, AccountResources.EngineVersion());

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("EngineVersion was not collected");
    }

    [Fact]
    public void Evaluate_EngineVersionsNotCollected_IsError()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.RdsEngineVersions, reason: "Throttling").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-engine-versions not collected for 123456789012/us-east-1: Throttling");
    }
}
