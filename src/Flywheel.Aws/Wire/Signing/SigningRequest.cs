namespace Flywheel.Aws.Wire.Signing;

/// <summary>
/// What SigV4 signs. <see cref="Path"/> and <see cref="Query"/> are as they appear on the wire (already
/// percent-encoded); the signer encodes the path once more, as every AWS service but S3 expects.
/// </summary>
internal sealed record SigningRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The raw query string without the leading '?'; empty when there is none.</summary>
    public string Query { get; init; } = "";

    /// <summary>Headers in request order; a name may repeat (the values are then joined with commas).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }

    /// <summary>The hex SHA-256 of the body.</summary>
    public required string PayloadHash { get; init; }
}
