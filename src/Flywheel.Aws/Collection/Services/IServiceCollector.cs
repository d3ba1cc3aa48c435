namespace Flywheel.Aws.Collection.Services;

/// <summary>Collects one service's calls of the export for one account and region.</summary>
internal interface IServiceCollector
{
    Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken);
}
