namespace Flywheel.Aws.Wire.Endpoints;

/// <summary>Where to send a request for a service in a region, and the region its signature is scoped to.</summary>
internal sealed record AwsEndpoint(Uri Url, string SigningRegion, string Partition);
