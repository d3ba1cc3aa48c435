using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>GetCallerIdentityRequest</c> (request); members as named in the service model.</summary>
[AwsShape("sts", "GetCallerIdentityRequest")]
internal sealed record GetCallerIdentityRequest
{
}
