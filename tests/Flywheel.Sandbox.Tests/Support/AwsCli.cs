namespace Flywheel.Sandbox.Tests.Support;

/// <summary>
/// Runs a real AWS CLI against a sandbox, isolated from any local AWS configuration. Two CLIs nobody here wrote, kept
/// apart by path: <see cref="V1"/>, the image's AWS CLI v1 (botocore, recent models; a pyenv shim on PATH), and
/// <see cref="V2"/>, Debian's AWS CLI v2.9 at <c>/usr/bin/aws</c> (older models). Each checks its version once, so a
/// PATH that resolves <c>aws</c> to the other one fails loudly instead of testing the wrong client.
/// </summary>
internal sealed class AwsCli
{
    private const string DebianPath = "/usr/bin/aws";

    private readonly Func<string?> _find;
    private readonly Lazy<Task<string?>> _probe;

    private AwsCli(string name, string versionPrefix, Func<string?> find)
    {
        Name = name;
        _find = find;
        _probe = new Lazy<Task<string?>>(() => ProbeAsync(versionPrefix));
    }

    /// <summary>The image's AWS CLI v1: the first <c>aws</c> on PATH that is not Debian's.</summary>
    public static AwsCli V1 { get; } = new("the AWS CLI v1 ('aws' on PATH, not /usr/bin/aws)", "aws-cli/1.", FindV1);

    /// <summary>Debian's AWS CLI v2.9 (<c>apt-get install awscli</c>).</summary>
    public static AwsCli V2 { get; } = new("Debian's AWS CLI v2 (/usr/bin/aws, apt-get install awscli)", "aws-cli/2.", () => File.Exists(DebianPath) ? DebianPath : null);

    /// <summary>"v1" or "v2", the values the fidelity theories are parameterised with.</summary>
    public static AwsCli For(string version) => version switch
    {
        "v1" => V1,
        "v2" => V2,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "v1 or v2"),
    };

    public string Name { get; }

    /// <summary>The executable; fails the test on CI and skips it locally when it is missing or is not this CLI.</summary>
    public async Task<string> RequireAsync()
    {
        var path = _find();
        if (path is null)
        {
            return ExternalTool.Require(Name, $"{Name} is not installed; the sandbox fidelity tests need it.");
        }

        if (await _probe.Value is { } wrongVersion)
        {
            return ExternalTool.Require(Name, wrongVersion);
        }

        return path;
    }

    public async Task<CliResult> RunAsync(SandboxServer server, string accessKeyId, string secretAccessKey, params string[] arguments) =>
        await RunWithSessionAsync(server, accessKeyId, secretAccessKey, null, arguments);

    public async Task<CliResult> RunWithSessionAsync(SandboxServer server, string accessKeyId, string secretAccessKey, string? sessionToken, params string[] arguments) =>
        await RunAsync(server, Environment(accessKeyId, secretAccessKey, sessionToken), arguments);

    /// <summary>Runs with this environment (see <see cref="Environment"/>), pointed at the sandbox, JSON output.</summary>
    public async Task<CliResult> RunAsync(SandboxServer server, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var aws = await RequireAsync();

        // --endpoint-url rather than AWS_ENDPOINT_URL: v2.9 predates the variable. --no-cli-pager exists only in v2.
        string[] common = this == V2 ? ["--endpoint-url", Endpoint(server), "--output", "json", "--no-cli-pager"] : ["--endpoint-url", Endpoint(server), "--output", "json"];
        return await ExternalTool.RunAsync(aws, [.. arguments, .. common], environment);
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

    public override string ToString() => Name;

    private static string Endpoint(SandboxServer server) => server.Endpoint.ToString().TrimEnd('/');

    // Debian's merged /usr makes /bin/aws the same file as /usr/bin/aws: skip both directories.
    private static string? FindV1()
    {
        foreach (var directory in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var full = Path.GetFullPath(directory).TrimEnd('/');
            var candidate = Path.Combine(full, "aws");
            if (full is not ("/usr/bin" or "/bin") && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // Null when `aws --version` names the expected major version, else why not.
    private async Task<string?> ProbeAsync(string versionPrefix)
    {
        var path = _find()!;
        var version = await ExternalTool.RunAsync(path, ["--version"], new Dictionary<string, string?> { ["AWS_PAGER"] = "" });
        var text = (version.StandardOutput + version.StandardError).Trim();
        return text.StartsWith(versionPrefix, StringComparison.Ordinal) ? null : $"{path} is not {Name}: '{path} --version' printed '{text}'.";
    }
}
