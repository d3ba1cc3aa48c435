using System.Runtime.CompilerServices;
using Flywheel.TestKit;

namespace Flywheel.Cli.Tests.Support;

/// <summary>
/// Before any test runs, isolates the process from the machine's AWS set-up (<see cref="TestKit.AwsSharedFiles"/>).
/// AWSSDK.Core re-reads the credentials file's content, so live tests add their own profile
/// (<see cref="AddProfile"/>) and never touch the process environment.
/// </summary>
internal static class AwsProfiles
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (string KeyId, string Secret)> Profiles = new(StringComparer.Ordinal);
    private static TestKit.AwsSharedFiles? _files;

#pragma warning disable CA2255 // A test assembly is the one place a module initializer is right: it must run before any test.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => _files = TestKit.AwsSharedFiles.Isolate("cli-tests");

    /// <summary>Adds a profile with these keys; the file is replaced in one move so a reader never sees half of it.</summary>
    public static string AddProfile(string accessKeyId, string secretAccessKey)
    {
        var path = (_files ?? throw new InvalidOperationException("The module initializer has not run.")).CredentialsPath;
        var name = "sandbox-" + Guid.NewGuid().ToString("N")[..12];
        lock (Gate)
        {
            Profiles[name] = (accessKeyId, secretAccessKey);
            var text = string.Concat(Profiles.Select(p => $"[{p.Key}]\naws_access_key_id = {p.Value.KeyId}\naws_secret_access_key = {p.Value.Secret}\n\n"));
            var temp = path + ".tmp";
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }

        return name;
    }
}
