using System.Text.Json;
using Flywheel.Cli.Commands;
using Flywheel.Cli.Tests.Support;
using Flywheel.TestKit;

namespace Flywheel.Cli.Tests.Commands;

/// <summary>scan → store → findings / history, through the real command tree and a real SQLite file.</summary>
public sealed class FindingsHistoryCommandTests
{
    private readonly CliHarness _cli = new() { Registry = CliHarness.Only("rds-instance-storage-encrypted") };

    [Fact]
    public async Task Scan_ByDefault_RecordsTheScanAndFindingsListsItOpen()
    {
        _cli.Inventory = new InventoryBuilder().With(ScanSamples.Unencrypted("db-plain")).Build();

        var scan = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);
        var findings = await _cli.RunAsync("findings", "--open", "--format", "json");

        scan.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        scan.Stdout.ShouldContain($"Recorded scan #1 in {_cli.DefaultDb}");
        scan.Stdout.ShouldContain("opened 1  resolved 0");
        findings.ExitCode.ShouldBe(ExitCodes.Success);
        var listed = JsonDocument.Parse(findings.Stdout).RootElement;
        listed.GetProperty("schemaVersion").GetString().ShouldBe("flywheel.findings/v1");
        var finding = listed.GetProperty("findings").EnumerateArray().ShouldHaveSingleItem();
        finding.GetProperty("ruleId").GetString().ShouldBe("rds-instance-storage-encrypted");
        finding.GetProperty("state").GetString().ShouldBe("open");
        finding.GetProperty("resource").GetProperty("name").GetString().ShouldBe("db-plain");
    }

    [Fact]
    public async Task History_AfterTheFix_ShowsOpenedThenResolved()
    {
        _cli.Inventory = new InventoryBuilder().With(ScanSamples.Unencrypted("db-plain")).Build();
        (await _cli.RunAsync("scan", "--input", CliHarness.ExportDir)).ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        _cli.Now = Some.Now.AddDays(3);
        _cli.Inventory = new InventoryBuilder().With(Some.Instance("db-plain")).Build();

        var rescan = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir);
        var history = await _cli.RunAsync("history", "db-plain", "--format", "json");
        var open = await _cli.RunAsync("findings", "--open", "--format", "json");

        rescan.ExitCode.ShouldBe(ExitCodes.Success);
        rescan.Stdout.ShouldContain("opened 0  resolved 1");
        history.ExitCode.ShouldBe(ExitCodes.Success);
        var events = JsonDocument.Parse(history.Stdout).RootElement.GetProperty("events").EnumerateArray().ToArray();
        events.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["opened", "resolved"]);
        events[1].GetProperty("at").GetDateTimeOffset().ShouldBe(Some.Now.AddDays(3));
        JsonDocument.Parse(open.Stdout).RootElement.GetProperty("findings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Scan_NoStore_WritesNothing()
    {
        _cli.Inventory = new InventoryBuilder().With(ScanSamples.Unencrypted("db-plain")).Build();

        var scan = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--no-store");

        scan.ExitCode.ShouldBe(ExitCodes.FindingsFailed);
        scan.Stdout.ShouldNotContain("Recorded scan");
        File.Exists(_cli.DefaultDb).ShouldBeFalse();
    }

    [Fact]
    public async Task Scan_CorruptStore_ExitsFourBeforeCollecting()
    {
        var corrupt = Path.Combine(Path.GetTempPath(), "flywheel-cli-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(corrupt)!);
        await File.WriteAllTextAsync(corrupt, "this is not a database, it is a shopping list\n", TestContext.Current.CancellationToken);

        var scan = await _cli.RunAsync("scan", "--input", CliHarness.ExportDir, "--db", corrupt);

        scan.ExitCode.ShouldBe(ExitCodes.StoreError);
        scan.Stderr.ShouldStartWith("flywheel: findings store: ");
        scan.Stderr.ShouldContain(corrupt);
        _cli.CollectedDirectories.ShouldBeEmpty();
        (await File.ReadAllTextAsync(corrupt, TestContext.Current.CancellationToken)).ShouldBe("this is not a database, it is a shopping list\n");
    }

    [Fact]
    public async Task Findings_UnreachablePostgres_ExitsFourNamingTheHost()
    {
        var run = await _cli.RunAsync("findings", "--db", "postgres://flywheel:secret@127.0.0.1:1/flywheel");

        run.ExitCode.ShouldBe(ExitCodes.StoreError);
        run.Stderr.ShouldContain("127.0.0.1");
        run.Stderr.ShouldNotContain("secret");
    }

    [Fact]
    public async Task History_UnknownResource_ExitsTwo()
    {
        var run = await _cli.RunAsync("history", "no-such-db");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe($"no resource 'no-such-db' in the findings store {_cli.DefaultDb}\n");
    }

    [Theory]
    [InlineData("7d", "2026-11-16T12:00:00+00:00")]
    [InlineData("12h", "2026-11-23T00:00:00+00:00")]
    [InlineData("2026-11-01", "2026-11-01T00:00:00+00:00")]
    [InlineData("2026-11-01T08:30:00+02:00", "2026-11-01T06:30:00+00:00")]
    public void ParseSince_AcceptedForms_GiveTheInstant(string text, string expected)
    {
        FindingsCommand.ParseSince(text, Some.Now).ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Findings_BadSince_ExitsTwo()
    {
        var run = await _cli.RunAsync("findings", "--since", "last tuesday");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("--since 'last tuesday' is neither a date (2026-11-01), a time (2026-11-01T08:00:00Z) nor an age (7d, 12h)\n");
    }
}
