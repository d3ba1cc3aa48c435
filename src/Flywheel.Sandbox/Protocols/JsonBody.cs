using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flywheel.Sandbox.Protocols;

/// <summary>
/// The bodies of the json and rest-json protocols, written as UTF-8 into pooled buffers: the bytes
/// <see cref="JsonNode.ToJsonString"/> writes (the same writer with the same default options), without the string
/// and its re-encoding by the host. The hot responses write their members directly, without a node tree.
/// </summary>
internal static class JsonBody
{
    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    public static XmlBuffer Write(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Write(writer => body.WriteTo(writer), 1024);
    }

    public static XmlBuffer Write(Action<Utf8JsonWriter> write, int capacity)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new XmlBuffer(capacity);

        // One writer per thread, reset onto each body (a writer is a few hundred bytes of state per response otherwise).
        var writer = _threadWriter ??= new Utf8JsonWriter(Stream.Null);
        writer.Reset(buffer);
        try
        {
            write(writer);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Stream.Null);
        }

        return buffer;
    }

    /// <summary>Epoch seconds, as <see cref="JsonValues.Epoch"/> writes them.</summary>
    public static void Epoch(this Utf8JsonWriter writer, string name, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber(name, value.ToUnixTimeMilliseconds() / 1000.0);
    }

    /// <summary>The member only when the value is not null, as <see cref="JsonValues.With"/>.</summary>
    public static void Opt(this Utf8JsonWriter writer, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Opt(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.Epoch(name, time);
        }
    }
}
