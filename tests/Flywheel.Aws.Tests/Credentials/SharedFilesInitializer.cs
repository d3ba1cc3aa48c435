using System.Runtime.CompilerServices;

namespace Flywheel.Aws.Tests.Credentials;

/// <summary>
/// Before any test runs, points the AWS shared config and credentials files at two empty files of this test run
/// and turns off the metadata endpoints. AWSSDK.Core settles those paths once per process, at its first use,
/// which may be any test that creates an SDK client; from here on no test can read the machine's ~/.aws, and
/// <see cref="EnvironmentScope"/> rewrites the two files' content.
/// </summary>
internal static class SharedFilesInitializer
{
    public static readonly string Directory = Path.Combine(Path.GetTempPath(), $"flywheel-aws-tests-{Environment.ProcessId}");

    public static readonly string CredentialsPath = Path.Combine(Directory, "credentials");

    public static readonly string ConfigPath = Path.Combine(Directory, "config");

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
    }
}
