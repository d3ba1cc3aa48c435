using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Flywheel.Sandbox.Tests.Support;

/// <summary>
/// Runs the real AWS CLI (v1, botocore) against a sandbox. Missing CLI: the test fails on CI (CI=true) and is
/// skipped locally with a message. Every run has a timeout.
/// </summary>
internal static class AwsCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string?> Executable = new(Find);

    public static void RequireInstalled()
    {
        if (Executable.Value is not null)
        {
            return;
        }

        const string Message = "The AWS CLI ('aws') is not on PATH; the sandbox fidelity tests need it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Message);
        }

        Assert.Skip(Message);
    }

    public static async Task<CliResult> RunAsync(SandboxServer server, string accessKeyId, string secretAccessKey, params string[] arguments) =>
        await RunWithSessionAsync(server, accessKeyId, secretAccessKey, null, arguments);

    public static async Task<CliResult> RunWithSessionAsync(SandboxServer server, string accessKeyId, string secretAccessKey, string? sessionToken, params string[] arguments)
    {
        RequireInstalled();
        var start = new ProcessStartInfo(Executable.Value!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["--endpoint-url", server.Endpoint.ToString().TrimEnd('/'), "--output", "json"]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey;
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        start.Environment["AWS_PAGER"] = "";
        start.Environment.Remove("AWS_PROFILE");
        start.Environment.Remove("AWS_ENDPOINT_URL");
        if (sessionToken is null)
        {
            start.Environment.Remove("AWS_SESSION_TOKEN");
        }
        else
        {
            start.Environment["AWS_SESSION_TOKEN"] = sessionToken;
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aws {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "aws");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
