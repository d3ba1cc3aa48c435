using System.Text.Json.Nodes;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// A parsed response: the member-keyed JSON the typed records bind to (member names, ISO round-trip timestamps),
/// as UTF-8 in a pooled buffer, plus the top-level string members (pagination tokens) read on the way. Dispose it
/// once bound: that returns the buffer to the pool.
/// </summary>
internal sealed class WireOutput : IDisposable
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    private readonly IReadOnlyList<KeyValuePair<string, string>> _strings;

    private PooledBufferWriter? _buffer;

    private bool _disposed;

    internal WireOutput(PooledBufferWriter? buffer, IReadOnlyList<KeyValuePair<string, string>> strings)
    {
        _buffer = buffer;
        _strings = strings;
    }

    /// <summary>The JSON object; valid until disposed.</summary>
    public ReadOnlySpan<byte> Json
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer is null ? EmptyObject : _buffer.WrittenSpan;
        }
    }

    /// <summary>An output with no members (<c>{}</c>): no body, or an operation without an output shape.</summary>
    public static WireOutput Empty() => new(null, []);

    /// <summary>A top-level string member (first occurrence), such as the paginator's output token; null when absent.</summary>
    public string? TopLevelString(string member)
    {
        foreach (var (name, value) in _strings)
        {
            if (string.Equals(name, member, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The output as a tree, for tests and diagnostics (the client binds the bytes directly).</summary>
    public JsonObject ToTree() => JsonNode.Parse(Json)!.AsObject();

    public void Dispose()
    {
        _disposed = true;
        _buffer?.Dispose();
        _buffer = null;
    }
}
