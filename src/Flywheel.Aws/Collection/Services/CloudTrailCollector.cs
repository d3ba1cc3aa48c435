using Flywheel.Aws.Clients.CloudTrail;
using Flywheel.Aws.Clients.CloudTrail.Model;

namespace Flywheel.Aws.Collection.Services;

/// <summary>
/// CloudTrail: the trails visible in the region (shadow copies of multi-region trails included), and the status and
/// event selectors of the trails whose home is this region, read once there rather than in every region.
/// </summary>
internal sealed class CloudTrailCollector : IServiceCollector
{
    private const string Service = "cloudtrail";

    public async Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var cloudTrail = apis.CloudTrail;
        var json = CloudTrailJsonContext.Default;
        var trails = await export.OneAsync(Service, "describe-trails", null, ct => cloudTrail.InvokeRawAsync("DescribeTrails", new DescribeTrailsRequest { includeShadowTrails = true }, json.DescribeTrailsRequest, ct), json.DescribeTrailsResponse, cancellationToken).ConfigureAwait(false);
        var homed = (trails?.trailList ?? []).Where(t => t.HomeRegion == export.Region && t.Name is not null && t.TrailARN is not null);
        await Task.WhenAll(homed.SelectMany(t => new Task[]
        {
            export.OneAsync(Service, "get-trail-status", t.Name, ct => cloudTrail.InvokeRawAsync("GetTrailStatus", new GetTrailStatusRequest { Name = t.TrailARN }, json.GetTrailStatusRequest, ct), cancellationToken),
            export.OneAsync(Service, "get-event-selectors", t.Name, ct => cloudTrail.InvokeRawAsync("GetEventSelectors", new GetEventSelectorsRequest { TrailName = t.TrailARN }, json.GetEventSelectorsRequest, ct), cancellationToken),
        })).ConfigureAwait(false);
    }
}
