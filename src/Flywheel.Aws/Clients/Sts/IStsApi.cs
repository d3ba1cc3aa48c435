using Flywheel.Aws.Clients.Sts.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.Sts;

/// <summary>
/// The AWS STS operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface IStsApi
{
    Task<AwsResult<GetCallerIdentityResponse>> GetCallerIdentityAsync(GetCallerIdentityRequest request, CancellationToken cancellationToken);

    Task<AwsResult<AssumeRoleResponse>> AssumeRoleAsync(AssumeRoleRequest request, CancellationToken cancellationToken);
}
