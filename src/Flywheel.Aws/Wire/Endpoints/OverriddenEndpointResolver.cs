namespace Flywheel.Aws.Wire.Endpoints;

/// <summary>
/// An endpoint-url override (the sandbox, an emulator, a VPC endpoint): every request goes to <c>baseUrl</c>, but
/// the signing region is still the one the real endpoint would use, so signatures verify the same way.
/// </summary>
internal sealed class OverriddenEndpointResolver(IEndpointResolver inner, Uri baseUrl) : IEndpointResolver
{
    public EndpointResolution Resolve(string service, string region)
    {
        var real = inner.Resolve(service, region);
        return real.Resolved
            ? EndpointResolution.Of(real.Endpoint with { Url = baseUrl })
            : EndpointResolution.Of(new AwsEndpoint(baseUrl, region, "custom"));
    }
}
