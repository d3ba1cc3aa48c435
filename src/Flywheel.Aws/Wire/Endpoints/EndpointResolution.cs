using System.Diagnostics.CodeAnalysis;

namespace Flywheel.Aws.Wire.Endpoints;

/// <summary>An endpoint, or the reason none could be resolved.</summary>
internal sealed record EndpointResolution(AwsEndpoint? Endpoint, string? Error)
{
    [MemberNotNullWhen(true, nameof(Endpoint))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Resolved => Endpoint is not null;

    public static EndpointResolution Of(AwsEndpoint endpoint) => new(endpoint, null);

    public static EndpointResolution Failed(string error) => new(null, error);
}
