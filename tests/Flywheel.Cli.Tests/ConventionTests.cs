using System.Runtime.CompilerServices;

namespace Flywheel.Cli.Tests;

public sealed class ConventionTests
{
    [Fact]
    public void CliSources_OutsideRendering_NeverUseStaticAnsiConsole()
    {
        var cliDirectory = Path.Combine(RepositoryRoot(), "src", "Flywheel.Cli");
        var rendering = Path.Combine(cliDirectory, "Rendering") + Path.DirectorySeparatorChar;

        var offenders = Directory.EnumerateFiles(cliDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(rendering, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("AnsiConsole.", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(cliDirectory, f))
            .ToArray();

        offenders.ShouldBeEmpty();
    }

    private static string RepositoryRoot([CallerFilePath] string callerPath = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerPath)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Flywheel.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Flywheel.slnx not found above " + callerPath);
    }
}
