using Flywheel.Aws.Clients.GuardDuty.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty;

/// <summary><see cref="IGuardDutyApi"/> over Flywheel's wire client (rest-json protocol).</summary>
internal sealed class GuardDutyApi(AwsWireClient wire, AwsCallScope scope) : IGuardDutyApi
{
    public const string ServiceKey = "guardduty";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<ListDetectorsResponse>> ListDetectorsAsync(ListDetectorsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ListDetectors", request, GuardDutyJsonContext.Default.ListDetectorsRequest, GuardDutyJsonContext.Default.ListDetectorsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<ListDetectorsResponse>> ListDetectorsPagesAsync(ListDetectorsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("ListDetectors", request, GuardDutyJsonContext.Default.ListDetectorsRequest, GuardDutyJsonContext.Default.ListDetectorsResponse, cancellationToken);

    public Task<AwsResult<GetDetectorResponse>> GetDetectorAsync(GetDetectorRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("GetDetector", request, GuardDutyJsonContext.Default.GetDetectorRequest, GuardDutyJsonContext.Default.GetDetectorResponse, cancellationToken);
}
