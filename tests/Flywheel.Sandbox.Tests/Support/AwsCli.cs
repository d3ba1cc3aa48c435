namespace Flywheel.Sandbox.Tests.Support;

/// <summary>Runs the real AWS CLI (v1, botocore) against a sandbox, isolated from any local AWS configuration.</summary>
internal static class AwsCli
{
    public static void RequireInstalled() => ExternalTool.Require("aws");

    public static async Task<CliResult> RunAsync(SandboxServer server, string accessKeyId, string secretAccessKey, params string[] arguments) =>
        await RunWithSessionAsync(server, accessKeyId, secretAccessKey, null, arguments);

    public static async Task<CliResult> RunWithSessionAsync(SandboxServer server, string accessKeyId, string secretAccessKey, string? sessionToken, params string[] arguments)
    {
        var aws = ExternalTool.Require("aws");
        return await ExternalTool.RunAsync(aws, [.. arguments, "--endpoint-url", server.Endpoint.ToString().TrimEnd('/'), "--output", "json"], Environment(accessKeyId, secretAccessKey, sessionToken));
    }

    /// <summary>The environment of a client pointed at the sandbox with these keys and nothing else.</summary>
    public static Dictionary<string, string?> Environment(string accessKeyId, string secretAccessKey, string? sessionToken) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = accessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = secretAccessKey,
        ["AWS_SESSION_TOKEN"] = sessionToken,
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_CONFIG_FILE"] = "/dev/null",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
        ["AWS_MAX_ATTEMPTS"] = "1",
        ["AWS_PAGER"] = "",
        ["AWS_PROFILE"] = null,
        ["AWS_ENDPOINT_URL"] = null,
    };
}
