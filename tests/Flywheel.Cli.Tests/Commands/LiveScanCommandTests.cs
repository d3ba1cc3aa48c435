using System.Text.Json;
using Flywheel.Cli.Tests.Support;
using Flywheel.Sandbox;
using Shouldly;

namespace Flywheel.Cli.Tests.Commands;

/// <summary><c>flywheel scan</c> and <c>flywheel collect</c> against the sandbox over loopback: the live path end to end.</summary>
public sealed class LiveScanCommandTests
{
    private static readonly SandboxEstateSpec SmallEstate = new() { Accounts = 2, Regions = ["us-east-1", "eu-west-1"], InstancesPerRegion = 6 };

    [Fact]
    public async Task Scan_LiveSandbox_EvaluatesTheCollectedEstateAndReportsRequestsPerService()
    {
        await using var sandbox = await LiveSandbox.StartAsync(SmallEstate);
        var account = sandbox.Server.Accounts[0].AccountId;

        var run = await new CliHarness { RealClock = true }.RunAsync(sandbox.Args("scan", "--regions", "us-east-1,eu-west-1", "--format", "json", "--no-store"));

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed, run.Stderr);
        using var report = JsonDocument.Parse(run.Stdout);
        var source = report.RootElement.GetProperty("source");
        source.GetProperty("kind").GetString().ShouldBe("live");
        source.GetProperty("location").GetString().ShouldBe($"aws as arn:aws:iam::{account}:user/sandbox-admin (1 account)");
        source.GetProperty("scopes").EnumerateArray().Select(s => s.GetProperty("accountId").GetString() + "/" + s.GetProperty("region").GetString())
            .ShouldBe([$"{account}/eu-west-1", $"{account}/us-east-1"]);
        var collection = source.GetProperty("collection");
        collection.GetProperty("maxConcurrency").GetInt32().ShouldBe(32);
        var byService = collection.GetProperty("requestsByService");
        collection.GetProperty("requests").GetInt64().ShouldBe(byService.EnumerateObject().Sum(p => p.Value.GetInt64()));
        byService.EnumerateObject().Select(p => p.Name).ShouldBe(["cloudtrail", "ec2", "guardduty", "kms", "rds", "secretsmanager"]);
        byService.GetProperty("rds").GetInt64().ShouldBeGreaterThan(20);
        report.RootElement.GetProperty("gaps").GetArrayLength().ShouldBe(0);
        var instances = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "rds-instance-storage-encrypted")
            .Select(f => f.GetProperty("resource").GetProperty("accountId").GetString())
            .ToArray();
        instances.Length.ShouldBe(12);
        run.Stderr.ShouldContain($"flywheel: collected {account}/us-east-1:");
    }

    [Fact]
    public async Task Collect_ThenScanTheExport_SameFindingsAsTheLiveScan()
    {
        await using var sandbox = await LiveSandbox.StartAsync(SmallEstate);
        var harness = new CliHarness { ReadExports = true, RealClock = true };
        var directory = Path.Combine(Path.GetTempPath(), "flywheel-collect-" + Guid.NewGuid().ToString("N"));

        var collected = await harness.RunAsync(sandbox.Args("collect", "--out", directory, "--org-role", "OrganizationAccountAccessRole", "--regions", "us-east-1,eu-west-1", "--no-progress"));
        var live = await harness.RunAsync(sandbox.Args("scan", "--org-role", "OrganizationAccountAccessRole", "--regions", "us-east-1,eu-west-1", "--format", "json", "--no-store", "--no-progress"));
        var offline = await harness.RunAsync("scan", "--input", directory, "--format", "json", "--no-store");

        collected.ExitCode.ShouldBe(ExitCodes.Success, collected.Stdout + collected.Stderr);
        collected.Stdout.ShouldContain("Collected 4 account-regions as arn:aws:iam::");
        File.Exists(Path.Combine(directory, "manifest.json")).ShouldBeTrue();
        Directory.GetDirectories(directory).Length.ShouldBe(2);
        live.ExitCode.ShouldBe(ExitCodes.FindingsFailed, live.Stderr);
        offline.ExitCode.ShouldBe(live.ExitCode, offline.Stderr);
        var liveFindings = Findings(live.Stdout);
        liveFindings.Length.ShouldBeGreaterThan(100);
        Findings(offline.Stdout).ShouldBe(liveFindings);

        // The export has everything; the scan skipped the grants its rules do not read, without a gap for them.
        var kmsCalls = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Where(f => f.Contains($"{Path.DirectorySeparatorChar}kms{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToArray();
        var grantCalls = kmsCalls.Count(f => f.Contains($"{Path.DirectorySeparatorChar}list-grants{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        grantCalls.ShouldBeGreaterThan(0);
        using var report = JsonDocument.Parse(live.Stdout);
        report.RootElement.GetProperty("gaps").GetArrayLength().ShouldBe(0);
        report.RootElement.GetProperty("source").GetProperty("collection").GetProperty("requestsByService").GetProperty("kms").GetInt32().ShouldBe(kmsCalls.Length - grantCalls);
    }

    [Fact]
    public async Task Scan_OrgRole_ScansEveryAccountOfTheOrganization()
    {
        await using var sandbox = await LiveSandbox.StartAsync(SmallEstate with { Accounts = 3 });

        var run = await new CliHarness { RealClock = true }.RunAsync(sandbox.Args("scan", "--org-role", "OrganizationAccountAccessRole", "--regions", "us-east-1", "--format", "json", "--no-store", "--no-progress"));

        run.ExitCode.ShouldBe(ExitCodes.FindingsFailed, run.Stderr);
        using var report = JsonDocument.Parse(run.Stdout);
        report.RootElement.GetProperty("source").GetProperty("scopes").EnumerateArray().Select(s => s.GetProperty("accountId").GetString())
            .ShouldBe(sandbox.Server.Accounts.Select(a => a.AccountId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Scan_EveryCollectionCallFailsAfterACleanScan_ReportsGapsAndResolvesNothing()
    {
        await using var sandbox = await LiveSandbox.StartAsync(SmallEstate with { Accounts = 1 });
        var harness = new CliHarness { RealClock = true };
        var first = await harness.RunAsync(sandbox.Args("scan", "--regions", "us-east-1", "--no-progress"));
        var openBefore = await harness.RunAsync("findings", "--open", "--format", "json");

        sandbox.Server.Faults = new SandboxFaultOptions { ServerErrorRate = 1.0, Services = ["rds", "kms", "ec2", "secretsmanager", "cloudtrail", "guardduty"] };
        var second = await harness.RunAsync(sandbox.Args("scan", "--regions", "us-east-1", "--format", "json", "--no-progress", "--max-concurrency", "4"));
        var openAfter = await harness.RunAsync("findings", "--open", "--format", "json");

        first.ExitCode.ShouldBe(ExitCodes.FindingsFailed, first.Stderr);
        second.ExitCode.ShouldBe(ExitCodes.Incomplete, second.Stderr);
        using var report = JsonDocument.Parse(second.Stdout);
        report.RootElement.GetProperty("gaps").GetArrayLength().ShouldBeGreaterThan(10);
        report.RootElement.GetProperty("gaps").EnumerateArray().First().GetProperty("reason").GetString()!.ShouldStartWith("An error occurred (");
        OpenArns(openAfter.Stdout).ShouldBe(OpenArns(openBefore.Stdout));
        OpenArns(openBefore.Stdout).Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Scan_ThrottlingServerErrorsAndVanishingResources_CompletesAndNothingIsResolved()
    {
        await using var sandbox = await LiveSandbox.StartAsync(SmallEstate with { Accounts = 1, InstancesPerRegion = 10 });
        var harness = new CliHarness { RealClock = true };
        var first = await harness.RunAsync(sandbox.Args("scan", "--regions", "us-east-1", "--format", "json", "--no-progress"));

        sandbox.Server.Faults = new SandboxFaultOptions { ServerErrorRate = 0.2, ThrottleRatePerSecond = 30, ThrottleBurst = 3, VanishRate = 0.05 };
        var second = await harness.RunAsync(sandbox.Args("scan", "--regions", "us-east-1", "--format", "json", "--no-progress"));
        var all = await harness.RunAsync("findings", "--format", "json", "--limit", "100000");

        first.ExitCode.ShouldBe(ExitCodes.FindingsFailed, first.Stderr);
        second.ExitCode.ShouldBeOneOf(ExitCodes.FindingsFailed, ExitCodes.Incomplete);
        Requests(second.Stdout).ShouldBeGreaterThan(Requests(first.Stdout), "the faults were met and retried");
        using var findings = JsonDocument.Parse(all.Stdout);
        findings.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("state").GetString()).ShouldNotContain("resolved");
    }

    [Fact]
    public async Task Collect_ReplaceButAwsUnavailable_LeavesTheExistingExportUntouched()
    {
        var directory = Path.Combine(Path.GetTempPath(), "flywheel-collect-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "123456789012", "us-east-1", "rds"));
        File.WriteAllText(Path.Combine(directory, "123456789012", "us-east-1", "rds", "describe-db-instances.json"), """{"DBInstances": []}""");
        File.WriteAllText(Path.Combine(directory, "manifest.json"), """{"format": "flywheel-export/1"}""");

        var run = await new CliHarness().RunAsync("collect", "--out", directory, "--replace", "--profile", "no-such-profile", "--endpoint-url", "http://127.0.0.1:9");

        run.ExitCode.ShouldBe(ExitCodes.AwsUnavailable);
        File.Exists(Path.Combine(directory, "manifest.json")).ShouldBeTrue();
        File.Exists(Path.Combine(directory, "123456789012", "us-east-1", "rds", "describe-db-instances.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task Scan_InputWithLiveOptions_IsAUsageError()
    {
        var run = await new CliHarness().RunAsync("scan", "--input", CliHarness.ExportDir, "--profile", "prod", "--regions", "us-east-1");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldContain("--input scans an export; --profile, --regions apply to live scans only");
    }

    [Fact]
    public async Task Scan_UnknownProfile_ExitsAwsUnavailableNamingTheProfile()
    {
        var run = await new CliHarness().RunAsync("scan", "--profile", "no-such-profile", "--endpoint-url", "http://127.0.0.1:9", "--no-store");

        run.ExitCode.ShouldBe(ExitCodes.AwsUnavailable);
        run.Stderr.ShouldStartWith("flywheel: AWS: ");
        run.Stderr.ShouldContain("no-such-profile");
    }

    [Fact]
    public async Task Scan_EndpointUrlNotHttp_IsAUsageError()
    {
        var run = await new CliHarness().RunAsync("scan", "--endpoint-url", "ftp://127.0.0.1/", "--no-store");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldContain("--endpoint-url 'ftp://127.0.0.1/' is not an http:// or https:// URL");
    }

    private static string[] Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("resource").GetProperty("arn").GetString()} {f.GetProperty("status").GetString()} {f.GetProperty("reason").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static long Requests(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("source").GetProperty("collection").GetProperty("requests").GetInt64();
    }

    private static string[] OpenArns(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("resource").GetProperty("arn").GetString())
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
