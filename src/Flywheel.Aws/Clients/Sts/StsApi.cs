using Flywheel.Aws.Clients.Sts.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts;

/// <summary><see cref="IStsApi"/> over Flywheel's wire client (query protocol).</summary>
internal sealed class StsApi(AwsWireClient wire, AwsCallScope scope) : IStsApi
{
    public const string ServiceKey = "sts";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<GetCallerIdentityResponse>> GetCallerIdentityAsync(GetCallerIdentityRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("GetCallerIdentity", request, StsJsonContext.Default.GetCallerIdentityRequest, StsJsonContext.Default.GetCallerIdentityResponse, cancellationToken);

    public Task<AwsResult<AssumeRoleResponse>> AssumeRoleAsync(AssumeRoleRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("AssumeRole", request, StsJsonContext.Default.AssumeRoleRequest, StsJsonContext.Default.AssumeRoleResponse, cancellationToken);
}
