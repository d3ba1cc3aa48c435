using System.Runtime.CompilerServices;

namespace Flywheel.Cli.Tests.Support;

/// <summary>
/// Before any test runs, points the AWS shared config and credentials files at files of this test run and turns
/// off the metadata endpoints, so no test reads the machine's ~/.aws or reaches for an instance role. AWSSDK.Core
/// settles those paths once per process but re-reads the files' content, so live tests add their own profile
/// (<see cref="AddProfile"/>) and never touch the process environment.
/// </summary>
internal static class AwsSharedFiles
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), $"flywheel-cli-tests-aws-{Environment.ProcessId}");
    private static readonly string CredentialsPath = Path.Combine(Directory, "credentials");
    private static readonly string ConfigPath = Path.Combine(Directory, "config");
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (string KeyId, string Secret)> Profiles = new(StringComparer.Ordinal);

#pragma warning disable CA2255 // A test assembly is the one place a module initializer is right: it must run before any test.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(CredentialsPath, "");
        File.WriteAllText(ConfigPath, "");
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsPath);
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigPath);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        foreach (var name in new[] { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    /// <summary>Adds a profile with these keys; the file is replaced in one move so a reader never sees half of it.</summary>
    public static string AddProfile(string accessKeyId, string secretAccessKey)
    {
        var name = "sandbox-" + Guid.NewGuid().ToString("N")[..12];
        lock (Gate)
        {
            Profiles[name] = (accessKeyId, secretAccessKey);
            var text = string.Concat(Profiles.Select(p => $"[{p.Key}]\naws_access_key_id = {p.Value.KeyId}\naws_secret_access_key = {p.Value.Secret}\n\n"));
            var temp = CredentialsPath + ".tmp";
            File.WriteAllText(temp, text);
            File.Move(temp, CredentialsPath, overwrite: true);
        }

        return name;
    }
}
