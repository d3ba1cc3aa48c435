namespace Flywheel.Aws.Wire.Protocols;

/// <summary>A serialized, not yet signed request: what goes on the wire after the endpoint's base URL.</summary>
internal sealed record WireRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string? ContentType);
