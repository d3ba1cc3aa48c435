using System.Text.Json;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// JSON written aside and spliced into the output later: the items of a flattened list or map, which may be spread
/// among a structure's other members, or a map value that arrived before its key.
/// </summary>
internal sealed class SideValue : IDisposable
{
    private readonly PooledBufferWriter _buffer = new(1024);

    private readonly SideValueKind _kind;

    public SideValue(SideValueKind kind)
    {
        _kind = kind;
        Writer = new Utf8JsonWriter(_buffer, WireOutputBuilder.WriterOptions);
        if (kind == SideValueKind.Array)
        {
            Writer.WriteStartArray();
        }
        else if (kind == SideValueKind.Object)
        {
            Writer.WriteStartObject();
        }
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Ends the array or object and returns the JSON; valid until disposed.</summary>
    public ReadOnlySpan<byte> Close()
    {
        if (_kind == SideValueKind.Array)
        {
            Writer.WriteEndArray();
        }
        else if (_kind == SideValueKind.Object)
        {
            Writer.WriteEndObject();
        }

        Writer.Flush();
        return _buffer.WrittenSpan;
    }

    public void Dispose()
    {
        Writer.Dispose();
        _buffer.Dispose();
    }
}
