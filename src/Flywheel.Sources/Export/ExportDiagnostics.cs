using Flywheel.Core.Inventory;

namespace Flywheel.Sources.Export;

/// <summary>What a read of an export found wrong: input errors (thrown together at the end) and collection gaps.</summary>
internal sealed class ExportDiagnostics
{
    private readonly List<string> _errors = [];
    private readonly List<CollectionGap> _gaps = [];

    /// <param name="root">The export directory that <see cref="FileError"/> names files relative to; null when there is none.</param>
    public ExportDiagnostics(string? root = null)
    {
        Root = root;
    }

    public string? Root { get; }

    public IReadOnlyList<string> Errors => _errors;

    public IReadOnlyList<CollectionGap> Gaps => _gaps;

    /// <summary>An input error about <paramref name="location"/>, already named as the message should show it.</summary>
    public void Error(string location, string message) => _errors.Add($"{location}: {message}");

    /// <summary>An input error about a file or directory of the export, named relative to <see cref="Root"/>.</summary>
    public void FileError(string path, string message) => Error(Relative(path), message);

    public void Gap(CollectionGap gap) => _gaps.Add(gap);

    public string Relative(string path) =>
        Path.GetRelativePath(Root ?? throw new InvalidOperationException("These diagnostics are not about a directory."), path).Replace('\\', '/');
}
