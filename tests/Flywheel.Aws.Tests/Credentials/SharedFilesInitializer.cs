using System.Runtime.CompilerServices;
using Flywheel.TestKit;

namespace Flywheel.Aws.Tests.Credentials;

/// <summary>
/// Before any test runs, isolates the process from the machine's AWS set-up (<see cref="AwsSharedFiles"/>): no test
/// can read ~/.aws or reach for instance credentials, and <see cref="EnvironmentScope"/> rewrites the two files.
/// </summary>
internal static class SharedFilesInitializer
{
    private static AwsSharedFiles? _files;

    public static string CredentialsPath => Files.CredentialsPath;

    public static string ConfigPath => Files.ConfigPath;

    private static AwsSharedFiles Files => _files ?? throw new InvalidOperationException("The module initializer has not run.");

#pragma warning disable CA2255 // A test assembly is the one place a module initializer is right: it must run before any test.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => _files = AwsSharedFiles.Isolate("aws-tests");
}
