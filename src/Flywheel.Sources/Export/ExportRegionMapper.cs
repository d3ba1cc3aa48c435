namespace Flywheel.Sources.Export;

/// <summary>
/// The one mapping from AWS CLI output to the inventory: every service reader, in order, over one account×region.
/// The readers keep no state, so regions can be mapped concurrently.
/// </summary>
internal static class ExportRegionMapper
{
    // Order matters: later readers look at earlier results (engine versions at the instances and clusters, snapshot
    // sharing at the AWS managed keys).
    private static readonly IExportServiceReader[] Readers =
    [
        new RdsExportReader(),
        new RdsParameterExportReader(),
        new RdsEngineVersionExportReader(),
        new KmsExportReader(),
        new RdsSnapshotExportReader(),
        new Ec2ExportReader(),
        new SecretsManagerExportReader(),
        new CloudTrailExportReader(),
        new GuardDutyExportReader(),
    ];

    public static ExportRegionResult Map(ExportRegion region, CancellationToken cancellationToken)
    {
        foreach (var reader in Readers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader.Read(region);
        }

        return region.ToResult();
    }
}
