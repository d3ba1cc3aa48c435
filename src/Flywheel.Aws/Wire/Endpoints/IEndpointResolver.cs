namespace Flywheel.Aws.Wire.Endpoints;

/// <summary>Resolves (endpoint prefix, region) to an endpoint; an unknown region or service is an outcome, not an exception.</summary>
internal interface IEndpointResolver
{
    EndpointResolution Resolve(string service, string region);
}
