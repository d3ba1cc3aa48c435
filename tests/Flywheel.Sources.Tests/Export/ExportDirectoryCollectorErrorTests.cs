using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

public sealed class ExportDirectoryCollectorErrorTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CollectAsync_MalformedJson_ThrowsNamingFileLineAndExpectation()
    {
        using var tree = new ExportTree().File("rds/describe-db-instances.json", "{\n  \"DBInstances\": [\n    {\"DBInstanceIdentifier\": \"db1\",}\n  ]\n}");

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.Count.ShouldBe(1);
        ex.Errors[0].ShouldStartWith("123456789012/us-east-1/rds/describe-db-instances.json: line 3, byte ");
        ex.Errors[0].ShouldContain("malformed JSON");
        ex.Errors[0].ShouldEndWith("expected the unmodified output of `aws rds describe-db-instances --output json`");
    }

    [Fact]
    public async Task CollectAsync_SeveralBadFiles_ReportsEveryError()
    {
        using var tree = new ExportTree()
            .File("rds/describe-db-instances.json", "{")
            .File("kms/list-keys.json", "not json")
            .File("ec2/describe-subnets.json", """{"Subnets": {"SubnetId": "subnet-1"}}""");

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.Count.ShouldBe(3);
        ex.Errors.ShouldContain(e => e.StartsWith("123456789012/us-east-1/kms/list-keys.json: line 1, byte ", StringComparison.Ordinal));
        ex.Errors.ShouldContain(
            "123456789012/us-east-1/ec2/describe-subnets.json: expected Subnets to be an array, found an object; expected the unmodified output of `aws ec2 describe-subnets --output json`");
        ex.Message.ShouldContain("rds/describe-db-instances.json");
    }

    [Fact]
    public async Task CollectAsync_AccountDirectoryNotAnAccountId_ThrowsNamingPath()
    {
        using var tree = new ExportTree().Scope().Scope(account: "prod");

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.ShouldBe(["prod: expected a 12-digit AWS account id directory (or manifest.json) at the top of the export"]);
    }

    [Fact]
    public async Task CollectAsync_RegionDirectoryNotARegion_ThrowsNamingPath()
    {
        using var tree = new ExportTree().Scope(region: "global");

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.ShouldBe(["123456789012/global: expected a region directory such as us-east-1 inside an account directory"]);
    }

    [Fact]
    public async Task CollectAsync_UnknownManifestFormat_Throws()
    {
        using var tree = new ExportTree().Scope().File("/manifest.json", """{"format": "flywheel-export/9", "createdAt": "2026-11-20T00:00:00Z"}""");

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.ShouldBe(["manifest.json: unknown export format \"flywheel-export/9\"; expected \"flywheel-export/1\""]);
    }

    [Fact]
    public async Task CollectAsync_MissingDirectory_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "flywheel-missing-" + Guid.NewGuid().ToString("N"));

        var ex = await Should.ThrowAsync<InputException>(() => new ExportDirectoryCollector(missing, Time).CollectAsync(CancellationToken.None));

        ex.Errors.ShouldBe([$"{missing}: export directory not found"]);
    }

    [Fact]
    public async Task CollectAsync_EmptyDirectory_Throws()
    {
        using var tree = new ExportTree();

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.ShouldBe([".: no account directories; expected <12-digit account id>/<region>/<service>/<cli-command>.json"]);
    }

    [Fact]
    public async Task CollectAsync_InstanceWithoutIdentifier_ThrowsShapeError()
    {
        using var tree = new ExportTree().File("rds/describe-db-instances.json", """{"DBInstances": [{"Engine": "mysql"}]}""");

        var ex = await Should.ThrowAsync<InputException>(() => Collect(tree));

        ex.Errors.ShouldBe([
            "123456789012/us-east-1/rds/describe-db-instances.json: expected each DBInstances[] entry to have a string DBInstanceIdentifier; expected the unmodified output of `aws rds describe-db-instances --output json`",
        ]);
    }

    [Fact]
    public async Task CollectAsync_Cancelled_ReturnsCancelledTask()
    {
        using var tree = new ExportTree().Scope();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var task = new ExportDirectoryCollector(tree.Root, Time).CollectAsync(cancellation.Token);

        await Should.ThrowAsync<OperationCanceledException>(() => task);
        task.IsCanceled.ShouldBeTrue();
    }

    private static Task<InventorySnapshot> Collect(ExportTree tree) =>
        new ExportDirectoryCollector(tree.Root, Time).CollectAsync(CancellationToken.None);
}
