using System.Text.Encodings.Web;
using System.Text.Json;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Where a protocol writes a response's member-keyed JSON: a <see cref="Utf8JsonWriter"/> over a pooled buffer, and
/// the top-level strings it met. <see cref="Build"/> hands the buffer to a <see cref="WireOutput"/>; disposing an
/// unbuilt builder (a malformed body) returns it.
/// </summary>
internal sealed class WireOutputBuilder : IDisposable
{
    /// <summary>
    /// Only our own deserializer reads this JSON (it is never put in a page), so the relaxed encoder is safe and
    /// spares escaping of '+', '&lt;', non-ASCII text and the like.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PooledBufferWriter _buffer;

    private List<KeyValuePair<string, string>>? _strings;

    private bool _built;

    public WireOutputBuilder(int sizeHint)
    {
        _buffer = new PooledBufferWriter(sizeHint);
        Writer = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public Utf8JsonWriter Writer { get; }

    public void AddTopLevelString(string member, string value) => (_strings ??= []).Add(new(member, value));

    public WireOutput Build()
    {
        Writer.Flush();
        _built = true;
        return new WireOutput(_buffer, _strings is null ? [] : _strings);
    }

    public void Dispose()
    {
        if (!_built)
        {
            Writer.Dispose();
            _buffer.Dispose();
        }
    }
}
