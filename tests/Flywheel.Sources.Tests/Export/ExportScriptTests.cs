using System.Diagnostics;
using Flywheel.Core.Inventory;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

/// <summary>
/// Runs scripts/export-account.sh against a fake <c>aws</c> (ScriptData/fake-aws.sh, first on PATH) and reads the
/// directory it writes with the export reader: the script and the reader agree on the layout.
/// </summary>
public sealed class ExportScriptTests : IDisposable
{
    private const string Account = "111122223333";
    private const string Region = "us-east-1";
    private const string KeyId = "0b7c2a61-4f3e-4d2a-9c1b-5e8f7a6d4c30";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "flywheel-script-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ExportAccount_FakeCli_ProducesReadableExportWithGapForFailedCall()
    {
        var run = await RunScript("--profile", "audit", "--regions", Region, "--endpoint-url", "http://127.0.0.1:4566", "--out", Out);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("1 failed");
        var inventory = await new ExportDirectoryCollector(Out, new FakeTimeProvider()).CollectAsync(CancellationToken.None);

        inventory.Scopes.ShouldBe([new InventoryScope(Account, Region)]);
        inventory.Gaps.ShouldBe([
            new CollectionGap(
                Account,
                Region,
                Dataset.KmsGrants,
                $"An error occurred (AccessDeniedException) when calling the ListGrants operation: User: arn:aws:iam::{Account}:user/auditor is not authorized to perform: kms:ListGrants on resource: arn:aws:kms:{Region}:{Account}:key/{KeyId} because no identity-based policy allows the kms:ListGrants action",
                KeyId),
        ]);
        var instance = inventory.FindInstance(Account, Region, "orders-db").ShouldNotBeNull();
        instance.Engine.ShouldBe("postgres");
        var snapshots = inventory.Of<DbSnapshot>().ToDictionary(s => s.Identifier);
        snapshots["orders-before-upgrade"].RestoreAttributeValues.ShouldBe(["444455556666"]);
        snapshots["rds:orders-db-2026-11-22-04-10"].RestoreAttributeValues.ShouldBeNull();
        inventory.FindParameterGroup(Account, Region, "orders-pg16", isCluster: false)!.Parameters!["rds.force_ssl"].ShouldBe("1");
        inventory.FindEngineVersion(Account, Region, "postgres", "16.4")!.StandardSupportEnd.ShouldBe(new DateTimeOffset(2029, 2, 28, 23, 59, 59, TimeSpan.Zero));
        var key = inventory.FindKey(Account, Region, "alias/orders").ShouldNotBeNull();
        key.RotationEnabled.ShouldBe(true);
        key.Grants.ShouldBeNull();
        var trail = inventory.TrailsOf(Account).ShouldHaveSingleItem();
        trail.IsLogging.ShouldBe(true);
        trail.LogsAllManagementEvents.ShouldBe(true);
        inventory.DetectorsIn(Account, Region).ShouldHaveSingleItem().RdsLoginEventsStatus.ShouldBe("ENABLED");
        inventory.Of<Secret>().ShouldHaveSingleItem().SecretName.ShouldBe("orders/app");
        inventory.Of<SecurityGroup>().ShouldHaveSingleItem().GroupId.ShouldBe("sg-0f1e2d3c4b5a69788");

        File.Exists(Path.Combine(Out, Account, Region, "kms", "list-grants", KeyId + ".error")).ShouldBeTrue();
        File.Exists(Path.Combine(Out, Account, Region, "kms", "list-grants", KeyId + ".json")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(Out, "manifest.json")).ShouldContain("\"format\": \"flywheel-export/1\"");
        inventory.CollectedAt.ShouldNotBe(new FakeTimeProvider().GetUtcNow());
    }

    [Fact]
    public async Task ExportAccount_FakeCli_MakesOnlyReadOnlyCallsThroughTheEndpointAndProfile()
    {
        var run = await RunScript("--profile", "audit", "--regions", Region, "--endpoint-url", "http://127.0.0.1:4566", "--out", Out);

        run.ExitCode.ShouldBe(0, run.Output);
        var calls = File.ReadAllLines(Path.Combine(_work, "calls.log")).Where(l => !l.EndsWith("--version", StringComparison.Ordinal) && !l.Contains("configure get", StringComparison.Ordinal)).ToArray();
        calls.Length.ShouldBeGreaterThan(30);
        calls.ShouldAllBe(c => c.Contains("--endpoint-url http://127.0.0.1:4566", StringComparison.Ordinal) && c.Contains("--profile audit", StringComparison.Ordinal));
        calls.ShouldAllBe(c => c.Contains(" describe-", StringComparison.Ordinal) || c.Contains(" list-", StringComparison.Ordinal) || c.Contains(" get-", StringComparison.Ordinal));
        calls.ShouldContain(c => c.Contains("rds describe-db-engine-versions --engine postgres --include-all", StringComparison.Ordinal));
        calls.ShouldContain(c => c.Contains($"kms get-key-policy --key-id {KeyId} --policy-name default", StringComparison.Ordinal));
        calls.ShouldNotContain(c => c.Contains("--db-snapshot-identifier rds:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAccount_AccountAlreadyExported_RefusesToOverwrite()
    {
        Directory.CreateDirectory(Path.Combine(Out, Account));

        var run = await RunScript("--regions", Region, "--out", Out);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain($"{Out}/{Account} already exists; export into a new directory");
    }

    [Fact]
    public async Task ExportAccount_NoOut_UsageError()
    {
        var run = await RunScript("--regions", Region);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("--out DIR is required");
    }

    [Theory]
    [InlineData("orders-db", "orders-db")]
    [InlineData("rds:orders-db-2026", "rds%3Aorders-db-2026")]
    [InlineData("a b/é", "a%20b%2F%C3%A9")]
    [InlineData("..", "%2E%2E")]
    public async Task EncodeKey_ScriptFunction_MatchesReaderEncoding(string key, string expected)
    {
        var bash = FindBash();
        var script = RepositoryPaths.Get("scripts", "export-account.sh");
        var run = await Run(bash, ["-c", $"source <(sed -n '/^encode_key()/,/^}}/p' '{script}'); encode_key \"$1\"", "encode", key]);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Stdout.ShouldBe(expected);
        ExportLayout.EncodeKey(key).ShouldBe(expected);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }

    private string Out => Path.Combine(_work, "export");

    private static string FindBash()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("the export script tests need a Unix bash; skipped on Windows");
        }

        var bash = new[] { "/bin/bash", "/usr/bin/bash", "/usr/local/bin/bash" }.FirstOrDefault(File.Exists);
        if (bash is null)
        {
            Assert.Skip("bash is not installed: scripts/export-account.sh cannot run here");
        }

        return bash;
    }

    private async Task<ProcessResult> RunScript(params string[] arguments)
    {
        var bash = FindBash();
        var bin = Path.Combine(_work, "bin");
        Directory.CreateDirectory(bin);
        var fake = Path.Combine(bin, "aws");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "ScriptData", "fake-aws.sh"), fake, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_AWS_DATA"] = Path.Combine(AppContext.BaseDirectory, "ScriptData", "responses"),
            ["FAKE_AWS_LOG"] = Path.Combine(_work, "calls.log"),
            ["AWS_REGION"] = null,
            ["AWS_DEFAULT_REGION"] = null,
            ["AWS_PROFILE"] = null,
        };
        return await Run(bash, [RepositoryPaths.Get("scripts", "export-account.sh"), .. arguments], environment);
    }

    private static async Task<ProcessResult> Run(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;
    }
}
