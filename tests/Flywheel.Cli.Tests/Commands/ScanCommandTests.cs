using System.Text.Json;
using Flywheel.Cli.Tests.Support;
using Flywheel.Core;
using Flywheel.Core.Policy;

namespace Flywheel.Cli.Tests.Commands;

public sealed class ScanCommandTests
{
    // These tests are about the command (exit codes, output, options), so the catalogue is the one rule the samples exercise.
    private readonly CliHarness _cli = new() { Registry = CliHarness.Only("rds-instance-storage-encrypted") };

    [Fact]
    public async Task Scan_CleanInventory_ExitsZero()
    {
        _cli.Inventory = ScanSamples.Clean();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain("PASS: no failing finding at or above low");
        _cli.CollectedDirectories.ShouldBe([CliHarness.ExportDir]);
    }

    [Fact]
    public async Task Scan_FailingFinding_ExitsOneAndListsIt()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        run.Stdout.ShouldContain("db-plain");
        run.Stdout.ShouldContain("storage is not encrypted (StorageEncrypted is false)");
        run.Stdout.ShouldContain("FAIL: 1 failing finding at or above low");
    }

    [Fact]
    public async Task Scan_MinSeverityAboveTheFailure_ExitsZeroAndHidesIt()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--min-severity", "critical");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldNotContain("db-plain");
        run.Stdout.ShouldContain("fail 1");
    }

    [Fact]
    public async Task Scan_JsonWithMinSeverityAboveTheFailure_KeepsTheFindingAndPasses()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--min-severity", "critical", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.GetProperty("selection").GetProperty("minSeverity").GetString().ShouldBe("critical");
        root.GetProperty("summary").GetProperty("outcome").GetString().ShouldBe("pass");
        root.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("status").GetString() == "fail").ShouldBe(1);
    }

    [Fact]
    public async Task Scan_ExpiredException_NoLongerSuppressesAndExitsOne()
    {
        _cli.Inventory = new TestKit.InventoryBuilder().With(ScanSamples.Unencrypted("legacy-reports")).Build();
        _cli.LoadPolicy = path => ScanSamples.PolicyWithException(path, expires: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--policy", "prod.yaml", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        var finding = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("findings")[0];
        finding.GetProperty("status").GetString().ShouldBe("fail");
        finding.GetProperty("exception").GetProperty("expired").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Scan_NoColor_RendersThePlainTable()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--no-color");

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        run.Stdout.ShouldContain("Failing (1)");
        run.Stdout.ShouldNotContain("\u001b[");
    }

    [Fact]
    public async Task Scan_MinSeverityAtTheFailure_ExitsOne()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--min-severity", "high");

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
    }

    [Fact]
    public async Task Scan_RuleErrorOnly_ExitsThree()
    {
        _cli.Inventory = ScanSamples.ErrorOnly();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);

        run.ExitCode.ShouldBe(ExitCodes.Incomplete);
        run.Stdout.ShouldContain("StorageEncrypted was not collected");
        run.Stdout.ShouldContain("INCOMPLETE: no failing finding at or above low, but 1 result could not be evaluated");
    }

    [Fact]
    public async Task Scan_MissingInputDirectory_ExitsTwoWithMessage()
    {
        var run = await _cli.RunAsync("scan", "--input", "no-such-export");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("input directory 'no-such-export' does not exist\n");
        run.Stdout.ShouldBeEmpty();
        _cli.CollectedDirectories.ShouldBeEmpty();
    }

    [Fact]
    public async Task Scan_WithoutInputOrCredentials_ExitsAwsUnavailable()
    {
        var run = await _cli.RunAsync("scan", "--no-store", "--regions", "us-east-1");

        run.ExitCode.ShouldBe(ExitCodes.AwsUnavailable);
        run.Stderr.ShouldStartWith("flywheel: AWS: No AWS credentials found");
        _cli.CollectedDirectories.ShouldBeEmpty();
    }

    [Fact]
    public async Task Scan_BadMinSeverity_ExitsTwo()
    {
        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--min-severity", "severe");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldContain("severe");
    }

    [Fact]
    public async Task Scan_BadFormat_ExitsTwo()
    {
        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--format", "xml");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldContain("xml");
    }

    [Fact]
    public async Task Scan_RuleGlobMatchingNothing_ExitsTwo()
    {
        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--rule", "kms-*");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("--rule 'kms-*' matches no rule (see 'flywheel rules')\n");
    }

    [Fact]
    public async Task Scan_RuleGlob_RunsOnlyMatchingRules()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--rule", "rds-instance-*", "--format", "json");

        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.GetProperty("selection").GetProperty("rules").EnumerateArray().Select(r => r.GetString()).ShouldBe(["rds-instance-*"]);
        root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Distinct().ShouldBe(["rds-instance-storage-encrypted"]);
    }

    [Fact]
    public async Task Scan_InvalidPolicy_PrintsEveryErrorAndExitsTwo()
    {
        _cli.LoadPolicy = path => new PolicyLoadResult(null, [new PolicyError(path, 3, 5, "unknown rule 'rds-nope'"), new PolicyError(path, 9, 7, "expires must be a date (yyyy-mm-dd)")]);

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--policy", "bad.yaml");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("""
            bad.yaml:3:5: unknown rule 'rds-nope'
            bad.yaml:9:7: expires must be a date (yyyy-mm-dd)

            """);
        _cli.CollectedDirectories.ShouldBeEmpty();
    }

    [Fact]
    public async Task Scan_PolicyException_SuppressesTheFailureAndExitsZero()
    {
        _cli.Inventory = new TestKit.InventoryBuilder().With(ScanSamples.Unencrypted("legacy-reports")).Build();
        _cli.LoadPolicy = ScanSamples.PolicyWithException;

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--policy", "prod.yaml");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldContain("Suppressed by an exception (1)");
        run.Stdout.ShouldContain("legacy-reports");
    }

    [Fact]
    public async Task Scan_CollectorRejectsInput_ExitsTwoWithItsMessage()
    {
        _cli.CollectorFailure = new InputException("export-fixture/123456789012/us-east-1/rds-describe-db-instances.json:1:1: not JSON");

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("export-fixture/123456789012/us-east-1/rds-describe-db-instances.json:1:1: not JSON\n");
    }

    [Fact]
    public async Task Scan_UnexpectedException_ExitsSeventy()
    {
        _cli.CollectorFailure = new InvalidOperationException("boom");

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);

        run.ExitCode.ShouldBe(ExitCodes.InternalError);
        run.Stderr.ShouldStartWith("flywheel: internal error: InvalidOperationException: boom\n");
    }

    [Fact]
    public async Task Scan_Quiet_PrintsNothingButKeepsTheExitCode()
    {
        _cli.Inventory = ScanSamples.Failing();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--quiet");

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public async Task Scan_OutputFile_WritesTheReportThereAndNotToStdout()
    {
        _cli.Inventory = ScanSamples.Failing();
        var path = Path.Combine(Directory.CreateTempSubdirectory("flywheel-cli-").FullName, "scan.json");

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--format", "json", "--output", path);

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        run.Stdout.ShouldBeEmpty();
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("schemaVersion").GetString().ShouldBe("flywheel.scan/v1");
    }

    [Fact]
    public async Task Scan_ShowPassed_ListsPassedAndNotApplicable()
    {
        _cli.Inventory = ScanSamples.Mixed();

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--show-passed");

        run.Stdout.ShouldContain("Passed (1)");
        run.Stdout.ShouldContain("Not applicable (1)");
    }

    [Fact]
    public async Task Scan_JsonOfMixedInventory_MatchesGolden()
    {
        _cli.Inventory = ScanSamples.Mixed();
        _cli.LoadPolicy = ScanSamples.PolicyWithException;

        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--policy", "policies/prod.yaml", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        Golden.AssertMatches("scan-mixed.json", run.Stdout);
    }

    [Fact]
    public async Task Scan_TableOfMixedInventory_MatchesGolden()
    {
        _cli.Inventory = ScanSamples.Mixed();
        _cli.LoadPolicy = ScanSamples.PolicyWithException;

        // --no-store: the store's line names a per-test temporary file, which a golden file cannot hold.
        var run = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--policy", "policies/prod.yaml", "--no-store");

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        Golden.AssertMatches("scan-mixed.table.txt", run.Stdout);
    }
}
