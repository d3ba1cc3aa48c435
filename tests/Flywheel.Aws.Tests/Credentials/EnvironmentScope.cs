namespace Flywheel.Aws.Tests.Credentials;

/// <summary>
/// Sets the AWS environment variables a test needs and restores every one of them on dispose. It starts from a
/// clean slate (empty shared files, metadata endpoints disabled) so the machine's own ~/.aws or an instance role
/// can never leak in, and no test reaches 169.254.169.254. AWSSDK.Core settles the shared file paths once per
/// process (see <see cref="SharedFilesInitializer"/>), so every scope uses the same two files and rewrites their content. Use only from tests in <see cref="ProcessEnvironmentCollection"/>.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private static readonly string[] Variables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
        "AWS_EC2_METADATA_DISABLED", "AWS_ENDPOINT_URL",
    ];

    private static readonly string CredentialsPath = SharedFilesInitializer.CredentialsPath;
    private static readonly string ConfigPath = SharedFilesInitializer.ConfigPath;

    private readonly Dictionary<string, string?> _saved;
    private bool _disposed;

    public EnvironmentScope(IReadOnlyDictionary<string, string?>? values = null)
    {
        _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        File.WriteAllText(CredentialsPath, "");
        File.WriteAllText(ConfigPath, "");
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsPath);
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigPath);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>Writes the shared credentials file (AWS_SHARED_CREDENTIALS_FILE) and returns its path.</summary>
    public string WriteCredentialsFile(string text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        File.WriteAllText(CredentialsPath, text);
        return CredentialsPath;
    }

    /// <summary>Writes the shared config file (AWS_CONFIG_FILE) and returns its path.</summary>
    public string WriteConfigFile(string text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        File.WriteAllText(ConfigPath, text);
        return ConfigPath;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        File.WriteAllText(CredentialsPath, "");
        File.WriteAllText(ConfigPath, "");
    }
}
