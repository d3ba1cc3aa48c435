using Flywheel.Aws.Clients.GuardDuty;
using Flywheel.Aws.Clients.GuardDuty.Model;
using Flywheel.Aws.Collection.Projections;

namespace Flywheel.Aws.Collection.Services;

/// <summary>GuardDuty: the region's detectors and, per detector, its features (RDS login activity monitoring).</summary>
internal sealed class GuardDutyCollector : IServiceCollector
{
    private const string Service = "guardduty";

    public async Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var guardDuty = apis.GuardDuty;
        var json = GuardDutyJsonContext.Default;
        var detectors = await export.ListAsync(Service, "list-detectors", null, guardDuty.RawPagesAsync("ListDetectors", new ListDetectorsRequest(), json.ListDetectorsRequest, cancellationToken), "DetectorIds", ProjectionJsonContext.Default.String, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll((detectors ?? []).Select(id => export.OneAsync(Service, "get-detector", id, ct => guardDuty.InvokeRawAsync("GetDetector", new GetDetectorRequest { DetectorId = id }, json.GetDetectorRequest, ct), cancellationToken))).ConfigureAwait(false);
    }
}
