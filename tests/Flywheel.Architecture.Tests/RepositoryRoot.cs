namespace Flywheel.Architecture.Tests;

/// <summary>Finds the repository root (the folder holding Flywheel.slnx) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Flywheel.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Flywheel.slnx not found above " + AppContext.BaseDirectory);
    }
}
