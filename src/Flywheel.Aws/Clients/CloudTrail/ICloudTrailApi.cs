using Flywheel.Aws.Clients.CloudTrail.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.CloudTrail;

/// <summary>
/// The AWS CloudTrail operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface ICloudTrailApi
{
    Task<AwsResult<DescribeTrailsResponse>> DescribeTrailsAsync(DescribeTrailsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<GetTrailStatusResponse>> GetTrailStatusAsync(GetTrailStatusRequest request, CancellationToken cancellationToken);

    Task<AwsResult<GetEventSelectorsResponse>> GetEventSelectorsAsync(GetEventSelectorsRequest request, CancellationToken cancellationToken);
}
