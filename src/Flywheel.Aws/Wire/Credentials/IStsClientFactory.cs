using Amazon.Runtime;
using Amazon.SecurityToken;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>Creates the SDK's STS client that assumes roles, signing with the given source credentials.</summary>
internal interface IStsClientFactory
{
    IAmazonSecurityTokenService Create(AWSCredentials source, string region);
}
