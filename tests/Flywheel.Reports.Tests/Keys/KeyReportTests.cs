using System.Text.Json;
using Flywheel.Core.Inventory;
using Flywheel.Reports.Keys;
using Flywheel.TestKit;

namespace Flywheel.Reports.Tests.Keys;

public sealed class KeyReportTests
{
    private const string MissingKeyArn = "arn:aws:kms:us-east-1:123456789012:key/00000000-dead-beef-0000-000000000000";

    [Fact]
    public void Build_KeyWithDependents_ListsEachUsage()
    {
        var report = Build();

        var key = report.Keys[0];
        key.Known.ShouldBeTrue();
        key.KeyId.ShouldBe(Some.KeyId);
        key.Aliases.ShouldBe(["alias/rds-data"]);
        key.RotationEnabled.ShouldBe(true);
        key.RotationPeriodInDays.ShouldBe(365);
        key.LastRotation.ShouldBe(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        key.Dependents.Select(d => $"{d.Usage}:{d.Name}").ShouldBe(
        [
            "InstanceStorage:db-1",
            "Snapshot:snap-1",
            "PerformanceInsights:db-1",
            "Secret:app/db",
            "MasterUserSecret:db-1",
        ]);
    }

    [Fact]
    public void Build_ReferenceToKeyNotInInventory_UnknownKeyRowLast()
    {
        var report = Build();

        var unknown = report.Keys.Where(k => !k.Known).ToArray();
        unknown.Select(k => k.Reference).ShouldBe([MissingKeyArn]);
        unknown[0].Dependents.Select(d => $"{d.Usage}:{d.Name}").ShouldBe(["InstanceStorage:db-2"]);
        report.Keys[^1].Known.ShouldBeFalse();
    }

    [Fact]
    public void Write_Report_KeysContractWithKebabUsages()
    {
        var root = JsonDocument.Parse(JsonKeyReport.Write(Build())).RootElement;

        root.GetProperty("schemaVersion").GetString().ShouldBe("flywheel.keys/v1");
        var first = root.GetProperty("keys")[0];
        first.GetProperty("rotation").GetProperty("periodInDays").GetInt32().ShouldBe(365);
        first.GetProperty("dependents")[0].GetProperty("usage").GetString().ShouldBe("instance-storage");
        root.GetProperty("keys")[1].GetProperty("known").GetBoolean().ShouldBeFalse();
        root.GetProperty("keys")[1].GetProperty("keyId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private static KeyReport Build()
    {
        var inventory = new InventoryBuilder()
            .With(
                Some.Key(),
                Some.Instance(),
                Some.Instance("db-2") with { KmsKeyId = MissingKeyArn, PerformanceInsightsKmsKeyId = null, MasterUserSecret = null },
                Some.Snapshot(),
                Some.Secret())
            .Build();
        return KeyReport.Build(new ToolInfo("flywheel", "1.2.3"), "exports/prod", inventory);
    }
}
