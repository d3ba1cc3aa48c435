using System.Buffers;
using System.Globalization;
using System.Text;

namespace Flywheel.Sandbox.Protocols;

/// <summary>
/// Writes XML straight to UTF-8 bytes, for the responses that must be fast at scale (a DescribeDBInstances page of
/// 100 instances is about 400 KB): no element tree, no namespace rewrite, no string → bytes copy. The methods mirror
/// the <see cref="System.Xml.Linq.XElement"/> idioms of <see cref="Xml"/>: <c>Text</c> always writes the element
/// (empty for null, like <c>new XElement(name, null)</c>), <c>Opt</c> leaves it out for null. Element names are
/// ASCII, given as UTF-8 literals (<c>"Engine"u8</c>) on the hot path; text is escaped as XmlWriter escapes element
/// content (&amp;, &lt;, &gt;, and \r as a new line). The buffer comes from the shared array pool (a page would otherwise be a large-object
/// allocation per request); <see cref="Release"/> gives it back. The JSON bodies are written to it too, as an
/// <see cref="IBufferWriter{T}"/> of a Utf8JsonWriter.
/// </summary>
internal sealed class XmlBuffer(int capacity = 4096) : IBufferWriter<byte>
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create("&<>\r");

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    private int _length;

    public int Length => _length;

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public void Raw(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary><c>&lt;name&gt;</c>.</summary>
    public void Open(ReadOnlySpan<byte> name)
    {
        Ensure(name.Length + 2);
        var target = _buffer.AsSpan(_length);
        target[0] = (byte)'<';
        name.CopyTo(target[1..]);
        target[name.Length + 1] = (byte)'>';
        _length += name.Length + 2;
    }

    /// <summary><c>&lt;name xmlns="ns"&gt;</c>: the root of a response, declaring the service's namespace.</summary>
    public void Open(ReadOnlySpan<byte> name, string ns)
    {
        Raw("<"u8);
        Raw(name);
        Raw(" xmlns=\""u8);
        Escaped(ns);
        Raw("\">"u8);
    }

    public void Close(ReadOnlySpan<byte> name)
    {
        Ensure(name.Length + 3);
        var target = _buffer.AsSpan(_length);
        target[0] = (byte)'<';
        target[1] = (byte)'/';
        name.CopyTo(target[2..]);
        target[name.Length + 2] = (byte)'>';
        _length += name.Length + 3;
    }

    /// <summary><c>&lt;name /&gt;</c>, as XmlWriter writes an element without content.</summary>
    public void Empty(ReadOnlySpan<byte> name)
    {
        Ensure(name.Length + 4);
        var target = _buffer.AsSpan(_length);
        target[0] = (byte)'<';
        name.CopyTo(target[1..]);
        " />"u8.CopyTo(target[(name.Length + 1)..]);
        _length += name.Length + 4;
    }

    /// <summary>The element with this text; an empty element for null or "".</summary>
    public void Text(ReadOnlySpan<byte> name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Empty(name);
            return;
        }

        // Nearly every value is plain ASCII: then the whole element is one reservation and three copies.
        Ensure((2 * name.Length) + 5 + value.Length);
        var target = _buffer.AsSpan(_length);
        target[0] = (byte)'<';
        name.CopyTo(target[1..]);
        target[name.Length + 1] = (byte)'>';
        var at = name.Length + 2;
        if (!value.AsSpan().ContainsAny(NeedsEscape) && System.Text.Ascii.FromUtf16(value, target[at..], out var written) == OperationStatus.Done)
        {
            at += written;
            target[at] = (byte)'<';
            target[at + 1] = (byte)'/';
            name.CopyTo(target[(at + 2)..]);
            target[at + 2 + name.Length] = (byte)'>';
            _length += at + 3 + name.Length;
            return;
        }

        Open(name);
        Escaped(value);
        Close(name);
    }

    /// <summary>The element with this text, for a name only known at run time (ASCII).</summary>
    public void Text(string name, string? value) => Text(Ascii(name), value);

    /// <summary>
    /// The element as <c>new XElement(name, value)</c> writes it: <c>&lt;name /&gt;</c> for null, but
    /// <c>&lt;name&gt;&lt;/name&gt;</c> for "" (XmlWriter ends an element that has content, even empty, in full).
    /// </summary>
    public void Element(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            Empty(name);
        }
        else if (value.Length == 0)
        {
            Open(name);
            Close(name);
        }
        else
        {
            Text(name, value);
        }
    }

    /// <summary><see cref="Element"/>, left out for null (as <c>Xml.Opt</c>).</summary>
    public void OptElement(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            Element(name, value);
        }
    }

    /// <summary>A wrapped list of scalars as <c>Xml.List</c> writes it: <c>&lt;name /&gt;</c> when there are none, each value as <see cref="Element"/>.</summary>
    public void ElementList(ReadOnlySpan<byte> name, ReadOnlySpan<byte> member, List<string> values)
    {
        if (values.Count == 0)
        {
            Empty(name);
            return;
        }

        Open(name);
        foreach (var value in values)
        {
            Element(member, value);
        }

        Close(name);
    }

    /// <summary><c>&lt;name&gt;</c>, for a name only known at run time.</summary>
    public void Open(string name)
    {
        StartTag(name);
        Raw(">"u8);
    }

    /// <summary><c>&lt;name</c>, for a name only known at run time; the caller ends the tag.</summary>
    public void StartTag(string name)
    {
        Raw("<"u8);
        Utf8(name);
    }

    /// <summary><c>&lt;/name&gt;</c>, for a name only known at run time.</summary>
    public void Close(string name)
    {
        Raw("</"u8);
        Utf8(name);
        Raw(">"u8);
    }

    /// <summary>Element content, escaped.</summary>
    public void Content(string value) => Escaped(value);

    /// <summary>Text written as it is (no escaping), as UTF-8.</summary>
    public void Unescaped(string value) => Utf8(value);

    public void Opt(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            Text(name, value);
        }
    }

    public void Opt(ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            Open(name);
            Raw(flag ? "true"u8 : "false"u8);
            Close(name);
        }
    }

    public void Opt(ReadOnlySpan<byte> name, int? value) => Opt(name, (long?)value);

    public void Opt(ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            Open(name);
            Ensure(20);
            number.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            Close(name);
        }
    }

    /// <summary>ISO 8601 in UTC with milliseconds, as <see cref="Xml.Timestamp"/>.</summary>
    public void Opt(ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            Open(name);
            Timestamp(time.UtcDateTime);
            Close(name);
        }
    }

    /// <summary>A wrapped list of scalars: <c>&lt;name&gt;&lt;member&gt;…&lt;/member&gt;…&lt;/name&gt;</c>, empty when there are none.</summary>
    public void List(ReadOnlySpan<byte> name, ReadOnlySpan<byte> member, List<string> values)
    {
        if (values.Count == 0)
        {
            Empty(name);
            return;
        }

        Open(name);
        foreach (var value in values)
        {
            Text(member, value);
        }

        Close(name);
    }

    /// <summary>Reserves room for what a writer (Utf8JsonWriter, for the JSON bodies) writes next.</summary>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 256));
        return _buffer.AsSpan(_length);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 256));
        return _buffer.AsMemory(_length);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_length + count, _buffer.Length, nameof(count));
        _length += count;
    }

    /// <summary>Returns the buffer to the pool; nothing may be written or read afterwards.</summary>
    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    public override string ToString() => Encoding.UTF8.GetString(_buffer, 0, _length);

    private static byte[] Ascii(string name)
    {
        var bytes = new byte[name.Length];
        System.Text.Ascii.FromUtf16(name, bytes, out _);
        return bytes;
    }

    private void Escaped(string value)
    {
        var text = value.AsSpan();
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(NeedsEscape);
            var plain = at < 0 ? text : text[..at];
            Utf8(plain);
            if (at < 0)
            {
                return;
            }

            // XmlWriter (NewLineHandling.Replace) writes "\r\n" and a lone "\r" as the new line, "\n" here.
            var crlf = text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n';
            Raw(text[at] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                _ => "\n"u8,
            });
            text = text[(at + (crlf ? 2 : 1))..];
        }
    }

    // ASCII (nearly every value) is one vectorised narrowing copy; anything else goes through the UTF-8 encoder.
    private void Utf8(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        if (System.Text.Ascii.FromUtf16(text, _buffer.AsSpan(_length), out var written) == OperationStatus.Done)
        {
            _length += written;
            return;
        }

        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    // yyyy-MM-ddTHH:mm:ss.fffZ by hand: a custom format string is parsed on every call, and a page has 400 of these.
    private void Timestamp(DateTime time)
    {
        Ensure(24);
        var target = _buffer.AsSpan(_length, 24);
        Digits(target, 0, time.Year, 4);
        target[4] = (byte)'-';
        Digits(target, 5, time.Month, 2);
        target[7] = (byte)'-';
        Digits(target, 8, time.Day, 2);
        target[10] = (byte)'T';
        Digits(target, 11, time.Hour, 2);
        target[13] = (byte)':';
        Digits(target, 14, time.Minute, 2);
        target[16] = (byte)':';
        Digits(target, 17, time.Second, 2);
        target[19] = (byte)'.';
        Digits(target, 20, time.Millisecond, 3);
        target[23] = (byte)'Z';
        _length += 24;
    }

    private static void Digits(Span<byte> target, int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
