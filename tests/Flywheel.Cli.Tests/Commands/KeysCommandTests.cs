using System.Text.Json;
using Flywheel.Cli.Tests.Support;
using Flywheel.TestKit;

namespace Flywheel.Cli.Tests.Commands;

public sealed class KeysCommandTests
{
    private const string MissingKeyArn = "arn:aws:kms:us-east-1:123456789012:key/00000000-dead-beef-0000-000000000000";

    private readonly CliHarness _cli = new()
    {
        Inventory = new InventoryBuilder()
            .With(
                Some.Key(),
                Some.Instance(),
                Some.Instance("db-2") with { KmsKeyId = MissingKeyArn, PerformanceInsightsKmsKeyId = null, MasterUserSecret = null },
                Some.Snapshot(),
                Some.Secret())
            .Build(),
    };

    [Fact]
    public async Task Keys_Table_ShowsDependentsAndUnknownKey()
    {
        var run = await _cli.RunAsync("keys", "--input", CliHarness.ExportDir);

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldContain("alias/rds-data");
        run.Stdout.ShouldContain("instance-storage: db-1");
        run.Stdout.ShouldContain("snapshot: snap-1");
        run.Stdout.ShouldContain("secret: app/db");
        run.Stdout.ShouldContain("unknown key");
        run.Stdout.ShouldContain("instance-storage: db-2");
    }

    [Fact]
    public async Task Keys_Json_MatchesGolden()
    {
        var run = await _cli.RunAsync("keys", "--input", CliHarness.ExportDir, "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("schemaVersion").GetString().ShouldBe("flywheel.keys/v1");
        Golden.AssertMatches("keys.json", run.Stdout);
    }

    [Fact]
    public async Task Keys_Table_MatchesGolden()
    {
        var run = await _cli.RunAsync("keys", "--input", CliHarness.ExportDir);

        Golden.AssertMatches("keys.table.txt", run.Stdout);
    }

    [Fact]
    public async Task Keys_MissingInputDirectory_ExitsTwo()
    {
        var run = await _cli.RunAsync("keys", "--input", "no-such-export");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("input directory 'no-such-export' does not exist\n");
    }
}
