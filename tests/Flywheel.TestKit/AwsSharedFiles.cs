namespace Flywheel.TestKit;

/// <summary>
/// Keeps a test process away from the machine's AWS set-up: the shared config and credentials files point at
/// empty files of this process, the instance metadata endpoints are off, and no AWS_* credential or region variable
/// is inherited. AWSSDK.Core settles the file paths once per process, at its first use, so each test assembly calls
/// <see cref="Isolate"/> from a module initializer, before any test runs; the files' content may change later.
/// </summary>
public sealed class AwsSharedFiles
{
    private static readonly string[] Inherited =
        ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL"];

    private AwsSharedFiles(string directory)
    {
        Directory = directory;
        CredentialsPath = Path.Combine(directory, "credentials");
        ConfigPath = Path.Combine(directory, "config");
    }

    public string Directory { get; }

    public string CredentialsPath { get; }

    public string ConfigPath { get; }

    /// <param name="name">Names the per-process directory (the test assembly's short name).</param>
    public static AwsSharedFiles Isolate(string name)
    {
        var files = new AwsSharedFiles(Path.Combine(Path.GetTempPath(), $"flywheel-{name}-aws-{Environment.ProcessId}"));
        System.IO.Directory.CreateDirectory(files.Directory);
        File.WriteAllText(files.CredentialsPath, "");
        File.WriteAllText(files.ConfigPath, "");
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", files.CredentialsPath);
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", files.ConfigPath);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        foreach (var variable in Inherited)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        return files;
    }
}
