namespace Flywheel.Sources.Tests.Export;

/// <summary>Files of the repository the tests run from (the directory holding Flywheel.slnx).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Get(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Flywheel.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Flywheel.slnx not found above " + AppContext.BaseDirectory);
    }
}
