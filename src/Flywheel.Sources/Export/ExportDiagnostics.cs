using Flywheel.Core.Inventory;

namespace Flywheel.Sources.Export;

/// <summary>What a read of an export found wrong: input errors (thrown together at the end) and collection gaps.</summary>
internal sealed class ExportDiagnostics
{
    private readonly List<string> _errors = [];
    private readonly List<CollectionGap> _gaps = [];

    public ExportDiagnostics(string root)
    {
        Root = root;
    }

    /// <summary>The export directory; messages name files relative to it.</summary>
    public string Root { get; }

    public IReadOnlyList<string> Errors => _errors;

    public IReadOnlyList<CollectionGap> Gaps => _gaps;

    public void Error(string path, string message) => _errors.Add($"{Relative(path)}: {message}");

    public void Gap(CollectionGap gap) => _gaps.Add(gap);

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
