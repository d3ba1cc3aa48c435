using Flywheel.Aws.Clients.GuardDuty.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.GuardDuty;

/// <summary>
/// The Amazon GuardDuty operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface IGuardDutyApi
{
    Task<AwsResult<ListDetectorsResponse>> ListDetectorsAsync(ListDetectorsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<ListDetectorsResponse>> ListDetectorsPagesAsync(ListDetectorsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<GetDetectorResponse>> GetDetectorAsync(GetDetectorRequest request, CancellationToken cancellationToken);
}
