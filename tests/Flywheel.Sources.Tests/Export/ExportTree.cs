using System.Text;

namespace Flywheel.Sources.Tests.Export;

/// <summary>An export directory built in a temporary folder, deleted on dispose.</summary>
internal sealed class ExportTree : IDisposable
{
    public const string Account = "123456789012";
    public const string Region = "us-east-1";

    public ExportTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "flywheel-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file at a path relative to the account×region directory (or to the root when it starts with '/').</summary>
    public ExportTree File(string relativePath, string content, string account = Account, string region = Region)
    {
        var path = relativePath.StartsWith('/')
            ? Path.Combine(Root, relativePath.TrimStart('/'))
            : Path.Combine(Root, account, region, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Creates an empty account×region directory (a scope where nothing was collected).</summary>
    public ExportTree Scope(string account = Account, string region = Region)
    {
        Directory.CreateDirectory(Path.Combine(Root, account, region));
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
