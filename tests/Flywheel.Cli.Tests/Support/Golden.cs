using System.Runtime.CompilerServices;

namespace Flywheel.Cli.Tests.Support;

/// <summary>
/// Compares output with a file under Golden/, exactly. Set FLYWHEEL_UPDATE_GOLDEN=1 to rewrite the files from the
/// current output (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(FindProjectDirectory(callerPath), "Golden");
        var path = Path.Combine(directory, fileName);
        if (Environment.GetEnvironmentVariable("FLYWHEEL_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"golden file {path} is missing; run the tests with FLYWHEEL_UPDATE_GOLDEN=1 to create it");
        actual.ShouldBe(File.ReadAllText(path), $"output differs from {path}; if the change is intended, rerun with FLYWHEEL_UPDATE_GOLDEN=1");
    }

    private static string FindProjectDirectory(string callerPath)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerPath)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Flywheel.Cli.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Flywheel.Cli.Tests.csproj not found above " + callerPath);
    }
}
