namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// A received HTTP response, reduced to what the protocol parsers read. Header names are case-insensitive. The body
/// is usually a pooled buffer, valid only while the parser runs.
/// </summary>
internal sealed record WireResponse(int Status, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
