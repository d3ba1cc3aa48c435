namespace Flywheel.Sources.Export;

/// <summary>Maps one service's calls in an account×region directory to inventory resources.</summary>
internal interface IExportServiceReader
{
    /// <summary>Adds the service's resources to <see cref="ExportRegion.Resources"/>, recording gaps and errors there.</summary>
    void Read(ExportRegion region);
}
