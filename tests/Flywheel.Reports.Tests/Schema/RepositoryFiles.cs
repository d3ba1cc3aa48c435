namespace Flywheel.Reports.Tests.Schema;

/// <summary>Finds files of the repository (docs/schemas) from the test's output directory.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Flywheel.slnx")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("repository root (Flywheel.slnx) not found above " + AppContext.BaseDirectory)
            : Path.Combine(directory.FullName, relativePath);
    }
}
