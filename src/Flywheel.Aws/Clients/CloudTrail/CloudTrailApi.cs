using Flywheel.Aws.Clients.CloudTrail.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail;

/// <summary><see cref="ICloudTrailApi"/> over Flywheel's wire client (json protocol).</summary>
internal sealed class CloudTrailApi(AwsWireClient wire, AwsCallScope scope) : ICloudTrailApi
{
    public const string ServiceKey = "cloudtrail";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<DescribeTrailsResponse>> DescribeTrailsAsync(DescribeTrailsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeTrails", request, CloudTrailJsonContext.Default.DescribeTrailsRequest, CloudTrailJsonContext.Default.DescribeTrailsResponse, cancellationToken);

    public Task<AwsResult<GetTrailStatusResponse>> GetTrailStatusAsync(GetTrailStatusRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("GetTrailStatus", request, CloudTrailJsonContext.Default.GetTrailStatusRequest, CloudTrailJsonContext.Default.GetTrailStatusResponse, cancellationToken);

    public Task<AwsResult<GetEventSelectorsResponse>> GetEventSelectorsAsync(GetEventSelectorsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("GetEventSelectors", request, CloudTrailJsonContext.Default.GetEventSelectorsRequest, CloudTrailJsonContext.Default.GetEventSelectorsResponse, cancellationToken);
}
