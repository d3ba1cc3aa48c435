using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Flywheel.Aws.Wire.Endpoints;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// AWSSDK.SecurityToken clients for a region: with an endpoint override (the sandbox, an emulator, a VPC
/// endpoint) every call goes to that URL but is signed for the region the real endpoint would use, as our wire
/// client does; endpoint settings from the environment or the profile are ignored so that both clients go to the
/// same place.
/// </summary>
internal sealed class SdkStsClientFactory(IEndpointResolver realEndpoints, Uri? endpointUrl) : IStsClientFactory
{
    /// <summary>Attempts per call (the SDK's standard retry mode).</summary>
    public const int MaxAttempts = 3;

    public IAmazonSecurityTokenService Create(AWSCredentials source, string region)
    {
        var config = new AmazonSecurityTokenServiceConfig
        {
            IgnoreConfiguredEndpointUrls = true,
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = MaxAttempts - 1,
        };
        if (endpointUrl is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        else
        {
            var real = realEndpoints.Resolve("sts", region);
            config.ServiceURL = endpointUrl.ToString();
            config.AuthenticationRegion = real.Resolved ? real.Endpoint.SigningRegion : region;
        }

        return new AmazonSecurityTokenServiceClient(source, config);
    }
}
