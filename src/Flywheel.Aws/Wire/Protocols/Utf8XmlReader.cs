using System.Buffers;
using System.Text;
using System.Xml;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// A forward-only reader over the UTF-8 bytes of an XML response, for the transcoder: start and end tags, character
/// data (the five entities and numeric character references, CDATA), comments and processing instructions skipped,
/// attributes checked but not reported. It accepts what <see cref="XmlReader"/> (DTDs prohibited, namespaces on)
/// accepts and rejects the rest: one root, matching tags, names, attribute syntax and duplicates, declared prefixes,
/// references, no <c>]]&gt;</c> in text. The characters themselves (valid UTF-8, no characters XML forbids) and the
/// XML declaration are checked once by <see cref="Utf8XmlBody"/> before reading starts. Malformed XML does not
/// throw: <see cref="Read"/> returns false and leaves <see cref="IsMalformed"/> set.
/// </summary>
internal ref struct Utf8XmlReader
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    // Per ASCII byte: 1 = may start a name, 2 = may continue one.
    private static ReadOnlySpan<byte> AsciiNameChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    ];

    private static readonly SearchValues<byte> AsciiNameRest = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._"u8);

    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("&\r]"u8);

    private readonly ReadOnlySpan<byte> _xml;

    private int _position;

    // Start and length of each open element's qualified name, to match its end tag.
    private int[] _open = new int[32];

    private int _depth;

    private bool _rootSeen;

    // xmlns:prefix declarations in scope; null until a document declares one (AWS responses do not).
    private List<PrefixDeclaration>? _prefixes;

    // Start, length, colon (-1 if none) of each attribute name and start, length of its value, for the current tag.
    private int[]? _attributes;

    private int _nameStart;

    private int _nameLength;

    private int _localStart;

    private int _textStart;

    private int _textLength;

    /// <summary>Reads <paramref name="xml"/> from <paramref name="start"/> (past a byte order mark and XML declaration).</summary>
    public Utf8XmlReader(ReadOnlySpan<byte> xml, int start)
    {
        _xml = xml;
        _position = start;
    }

    public XmlTokenKind Kind { get; private set; }

    /// <summary>On a start tag: whether it is an empty element (<c>&lt;a/&gt;</c>), which has no end tag.</summary>
    public bool IsEmptyElement { get; private set; }

    /// <summary>As <see cref="XmlReader.Depth"/>: the number of open ancestors (an element and its end tag share theirs).</summary>
    public int Depth { get; private set; }

    /// <summary>On text: whether it holds references or carriage returns (see <see cref="DecodeText"/>).</summary>
    public bool TextNeedsDecoding { get; private set; }

    /// <summary>On text: whether it is a CDATA section (no references; line ends still normalized).</summary>
    public bool TextIsCData { get; private set; }

    public bool IsMalformed { get; private set; }

    /// <summary>On a start or end tag: the element's name without its prefix.</summary>
    public readonly ReadOnlySpan<byte> LocalName => _xml.Slice(_localStart, _nameStart + _nameLength - _localStart);

    /// <summary>On text: the bytes as they are in the document.</summary>
    public readonly ReadOnlySpan<byte> RawText => _xml.Slice(_textStart, _textLength);

    /// <summary>Moves to the next start tag, end tag or text; false at the end of the document or on malformed XML.</summary>
    public bool Read()
    {
        if (_prefixes is not null && (Kind == XmlTokenKind.EndElement || (Kind == XmlTokenKind.StartElement && IsEmptyElement)))
        {
            // Leaving an element: its prefix declarations go out of scope (they are the last ones, being the deepest).
            while (_prefixes.Count > 0 && _prefixes[^1].Depth >= Depth)
            {
                _prefixes.RemoveAt(_prefixes.Count - 1);
            }
        }

        while (true)
        {
            if (_position >= _xml.Length)
            {
                return _depth == 0 && _rootSeen ? End() : Fail();
            }

            if (_xml[_position] != (byte)'<')
            {
                if (ReadText())
                {
                    return true;
                }

                if (IsMalformed)
                {
                    return false;
                }

                continue;
            }

            if (_position + 1 >= _xml.Length)
            {
                return Fail();
            }

            switch (_xml[_position + 1])
            {
                case (byte)'/':
                    return ReadEndTag();
                case (byte)'?':
                    if (!SkipProcessingInstruction())
                    {
                        return Fail();
                    }

                    continue;
                case (byte)'!':
                    var rest = _xml[_position..];
                    if (rest.StartsWith("<!--"u8))
                    {
                        if (!SkipComment())
                        {
                            return Fail();
                        }

                        continue;
                    }

                    return _depth > 0 && rest.StartsWith("<![CDATA["u8) ? ReadCData() : Fail();
                default:
                    return ReadStartTag();
            }
        }
    }

    /// <summary>
    /// On a start tag whose content is plain text (no markup, references or carriage returns) followed directly by
    /// its end tag, as most of an AWS response is: reads both at once, leaving the reader on the end tag, and gives
    /// the text. False, and nothing read, for anything else (the caller reads it node by node).
    /// </summary>
    public bool TryReadPlainContent(out ReadOnlySpan<byte> text)
    {
        text = default;
        if (Kind != XmlTokenKind.StartElement || IsEmptyElement)
        {
            return false;
        }

        var rest = _xml[_position..];
        var length = rest.IndexOf((byte)'<');
        var start = _open[(_depth - 1) * 2];
        var nameLength = _open[((_depth - 1) * 2) + 1];
        if (length < 0 || rest[..length].IndexOfAny(TextSpecials) >= 0 || rest.Length < length + nameLength + 3
            || rest[length + 1] != (byte)'/' || rest[length + 2 + nameLength] != (byte)'>' || !rest.Slice(length + 2, nameLength).SequenceEqual(_xml.Slice(start, nameLength)))
        {
            return false;
        }

        text = rest[..length];
        _depth--;
        Kind = XmlTokenKind.EndElement;
        Depth = _depth;
        _position += length + nameLength + 3;
        return true;
    }

    /// <summary>Moves past the element the reader is on (its end tag included), as <see cref="XmlReader.Skip"/> does.</summary>
    public void Skip()
    {
        if (Kind != XmlTokenKind.StartElement || IsEmptyElement)
        {
            Read();
            return;
        }

        var depth = Depth;
        while (Read() && !(Kind == XmlTokenKind.EndElement && Depth == depth))
        {
        }

        Read();
    }

    /// <summary>
    /// Writes <paramref name="raw"/> text as XML gives it to <paramref name="destination"/> (at least as long):
    /// references resolved, CR LF and lone CR as LF. Returns the length written. The text was checked when read.
    /// </summary>
    public static int DecodeText(ReadOnlySpan<byte> raw, bool cdata, Span<byte> destination)
    {
        var written = 0;
        while (!raw.IsEmpty)
        {
            var special = cdata ? raw.IndexOf((byte)'\r') : raw.IndexOfAny((byte)'&', (byte)'\r');
            if (special < 0)
            {
                raw.CopyTo(destination[written..]);
                return written + raw.Length;
            }

            raw[..special].CopyTo(destination[written..]);
            written += special;
            if (raw[special] == (byte)'\r')
            {
                destination[written++] = (byte)'\n';
                raw = raw[(special + 1)..];
                if (!raw.IsEmpty && raw[0] == (byte)'\n')
                {
                    raw = raw[1..];
                }
            }
            else
            {
                var consumed = TryReadReference(raw[special..], out var scalar);
                written += new Rune(scalar).EncodeToUtf8(destination[written..]);
                raw = raw[(special + consumed)..];
            }
        }

        return written;
    }

    /// <summary>
    /// A reference at the start of <paramref name="text"/> (on its '&amp;'): the five predefined entities or a
    /// numeric character reference to a character XML allows. Returns its length, 0 when it is not one.
    /// </summary>
    private static int TryReadReference(ReadOnlySpan<byte> text, out int scalar)
    {
        scalar = 0;
        var end = text.IndexOf((byte)';');
        if (end < 2)
        {
            return 0;
        }

        var name = text[1..end];
        if (name[0] != (byte)'#')
        {
            scalar = name switch
            {
                _ when name.SequenceEqual("lt"u8) => '<',
                _ when name.SequenceEqual("gt"u8) => '>',
                _ when name.SequenceEqual("amp"u8) => '&',
                _ when name.SequenceEqual("quot"u8) => '"',
                _ when name.SequenceEqual("apos"u8) => '\'',
                _ => 0,
            };
            return scalar == 0 ? 0 : end + 1;
        }

        var hex = name.Length > 1 && name[1] == (byte)'x';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.IsEmpty)
        {
            return 0;
        }

        var value = 0;
        foreach (var digit in digits)
        {
            var d = digit is >= (byte)'0' and <= (byte)'9' ? digit - '0'
                : hex && digit is >= (byte)'a' and <= (byte)'f' ? digit - 'a' + 10
                : hex && digit is >= (byte)'A' and <= (byte)'F' ? digit - 'A' + 10
                : -1;
            if (d < 0)
            {
                return 0;
            }

            value = (value * (hex ? 16 : 10)) + d;
            if (value > 0x10FFFF)
            {
                return 0;
            }
        }

        scalar = value;
        return IsXmlChar(value) ? end + 1 : 0;
    }

    private static bool IsXmlChar(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private bool End()
    {
        Kind = XmlTokenKind.None;
        return false;
    }

    private bool Fail()
    {
        IsMalformed = true;
        Kind = XmlTokenKind.None;
        _position = _xml.Length;
        return false;
    }

    private bool ReadText()
    {
        var rest = _xml[_position..];
        var length = rest.IndexOf((byte)'<');
        if (length < 0)
        {
            length = rest.Length;
        }

        var text = rest[..length];
        if (_depth == 0)
        {
            // Outside the root only white space may stand (a byte order mark was taken off before).
            _position += length;
            if (text.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                Fail();
            }

            return false;
        }

        var decode = false;
        var special = text.IndexOfAny(TextSpecials);
        while (special >= 0)
        {
            var at = text[special..];
            var skip = 1;
            switch (at[0])
            {
                case (byte)'&':
                    skip = TryReadReference(at, out _);
                    if (skip == 0)
                    {
                        return Fail();
                    }

                    decode = true;
                    break;
                case (byte)'\r':
                    decode = true;
                    break;
                default:
                    if (at.StartsWith("]]>"u8))
                    {
                        return Fail();
                    }

                    break;
            }

            var next = text[(special + skip)..].IndexOfAny(TextSpecials);
            special = next < 0 ? -1 : special + skip + next;
        }

        Kind = XmlTokenKind.Text;
        Depth = _depth;
        TextIsCData = false;
        TextNeedsDecoding = decode;
        _textStart = _position;
        _textLength = length;
        _position += length;
        return true;
    }

    private bool ReadCData()
    {
        var start = _position + "<![CDATA["u8.Length;
        var length = _xml[start..].IndexOf("]]>"u8);
        if (length < 0)
        {
            return Fail();
        }

        Kind = XmlTokenKind.Text;
        Depth = _depth;
        TextIsCData = true;
        TextNeedsDecoding = _xml.Slice(start, length).Contains((byte)'\r');
        _textStart = start;
        _textLength = length;
        _position = start + length + 3;
        return true;
    }

    private bool SkipComment()
    {
        // A comment may not hold "--" nor end in '-': the first "--" must be its end.
        var start = _position + 4;
        var dashes = _xml[start..].IndexOf("--"u8);
        if (dashes < 0 || start + dashes + 2 >= _xml.Length || _xml[start + dashes + 2] != (byte)'>')
        {
            return false;
        }

        _position = start + dashes + 3;
        return true;
    }

    private bool SkipProcessingInstruction()
    {
        var p = _position + 2;
        var target = p;
        if (!ScanNcName(ref p))
        {
            return false;
        }

        // The XML declaration is only allowed first, where Utf8XmlBody has taken it; "xml" in any case is reserved.
        if (p - target == 3 && Ascii.EqualsIgnoreCase(_xml.Slice(target, 3), "xml"u8))
        {
            return false;
        }

        if (_xml[p..].StartsWith("?>"u8))
        {
            _position = p + 2;
            return true;
        }

        if (p >= _xml.Length || !IsWhitespace(_xml[p]))
        {
            return false;
        }

        var end = _xml[p..].IndexOf("?>"u8);
        if (end < 0)
        {
            return false;
        }

        _position = p + end + 2;
        return true;
    }

    private bool ReadEndTag()
    {
        if (_depth == 0)
        {
            return Fail();
        }

        var start = _open[(_depth - 1) * 2];
        var length = _open[((_depth - 1) * 2) + 1];
        var p = _position + 2;
        if (!_xml[p..].StartsWith(_xml.Slice(start, length)))
        {
            return Fail();
        }

        p += length;
        SkipWhitespace(ref p);
        if (p >= _xml.Length || _xml[p] != (byte)'>')
        {
            return Fail();
        }

        _depth--;
        SetName(start, length);
        Kind = XmlTokenKind.EndElement;
        IsEmptyElement = false;
        Depth = _depth;
        _position = p + 1;
        return true;
    }

    private bool ReadStartTag()
    {
        if (_depth == 0 && _rootSeen)
        {
            return Fail();
        }

        var p = _position + 1;
        var nameStart = p;
        if (!ScanQName(ref p, out var colon))
        {
            return Fail();
        }

        var nameLength = p - nameStart;
        var attributes = 0;
        bool empty;
        while (true)
        {
            var spaced = SkipWhitespace(ref p);
            if (p >= _xml.Length)
            {
                return Fail();
            }

            if (_xml[p] == (byte)'>')
            {
                empty = false;
                p++;
                break;
            }

            if (_xml[p] == (byte)'/')
            {
                if (p + 1 < _xml.Length && _xml[p + 1] == (byte)'>')
                {
                    empty = true;
                    p += 2;
                    break;
                }

                return Fail();
            }

            if (!spaced || !ReadAttribute(ref p, attributes++))
            {
                return Fail();
            }
        }

        if (attributes > 0 && !CheckAttributes(attributes))
        {
            return Fail();
        }

        if (colon >= 0 && !IsPrefixDeclared(_xml[nameStart..colon], forElement: true))
        {
            return Fail();
        }

        _rootSeen = true;
        SetName(nameStart, nameLength, colon);
        Kind = XmlTokenKind.StartElement;
        IsEmptyElement = empty;
        Depth = _depth;
        if (!empty)
        {
            if (_open.Length < (_depth + 1) * 2)
            {
                Array.Resize(ref _open, _open.Length * 2);
            }

            _open[_depth * 2] = nameStart;
            _open[(_depth * 2) + 1] = nameLength;
            _depth++;
        }

        _position = p;
        return true;
    }

    /// <summary>One <c>name = "value"</c>; its position is kept as attribute <paramref name="index"/> for <see cref="CheckAttributes"/>.</summary>
    private bool ReadAttribute(ref int p, int index)
    {
        var nameStart = p;
        if (!ScanQName(ref p, out var colon))
        {
            return false;
        }

        var nameLength = p - nameStart;
        SkipWhitespace(ref p);
        if (p >= _xml.Length || _xml[p] != (byte)'=')
        {
            return false;
        }

        p++;
        SkipWhitespace(ref p);
        if (p >= _xml.Length || _xml[p] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = _xml[p++];
        var valueStart = p;
        while (true)
        {
            var stop = _xml[p..].IndexOfAny(quote, (byte)'<', (byte)'&');
            if (stop < 0 || _xml[p + stop] == (byte)'<')
            {
                return false;
            }

            p += stop;
            if (_xml[p] == quote)
            {
                break;
            }

            var reference = TryReadReference(_xml[p..], out _);
            if (reference == 0)
            {
                return false;
            }

            p += reference;
        }

        _attributes ??= new int[5 * 4];
        if (_attributes.Length < (index + 1) * 5)
        {
            Array.Resize(ref _attributes, _attributes.Length * 2);
        }

        var slot = _attributes.AsSpan(index * 5, 5);
        (slot[0], slot[1], slot[2], slot[3], slot[4]) = (nameStart, nameLength, colon, valueStart, p - valueStart);
        p++;
        return true;
    }

    /// <summary>As XmlReader with namespaces: declarations valid, prefixes declared, no attribute twice (by name, or by local name and namespace).</summary>
    private bool CheckAttributes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var name = AttributeName(i);
            var colon = AttributeColon(i);
            if (name.SequenceEqual("xmlns"u8))
            {
                var uri = AttributeValue(AttributeRawValue(i));
                if (uri is XmlNamespace or XmlnsNamespace)
                {
                    return false;
                }
            }
            else if (colon >= 0 && name[..colon].SequenceEqual("xmlns"u8))
            {
                var prefix = name[(colon + 1)..];
                var uri = AttributeValue(AttributeRawValue(i));
                if (prefix.SequenceEqual("xmlns"u8) || (prefix.SequenceEqual("xml"u8) ? uri != XmlNamespace : uri is "" or XmlNamespace or XmlnsNamespace))
                {
                    return false;
                }

                (_prefixes ??= []).Add(new PrefixDeclaration(prefix.ToArray(), uri, _depth));
            }
        }

        for (var i = 0; i < count; i++)
        {
            var name = AttributeName(i);
            var colon = AttributeColon(i);
            if (colon >= 0 && !name[..colon].SequenceEqual("xmlns"u8) && !IsPrefixDeclared(name[..colon], forElement: false))
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                var other = AttributeName(j);
                var otherColon = AttributeColon(j);
                if (name.SequenceEqual(other))
                {
                    return false;
                }

                if (colon >= 0 && otherColon >= 0 && name[(colon + 1)..].SequenceEqual(other[(otherColon + 1)..])
                    && !name[..colon].SequenceEqual("xmlns"u8) && !other[..otherColon].SequenceEqual("xmlns"u8)
                    && Namespace(name[..colon]) == Namespace(other[..otherColon]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private readonly ReadOnlySpan<byte> AttributeName(int index) => _xml.Slice(_attributes![index * 5], _attributes[(index * 5) + 1]);

    /// <summary>The colon's position in the attribute's name, or -1.</summary>
    private readonly int AttributeColon(int index) => _attributes![(index * 5) + 2] < 0 ? -1 : _attributes[(index * 5) + 2] - _attributes[index * 5];

    private readonly ReadOnlySpan<byte> AttributeRawValue(int index) => _xml.Slice(_attributes![(index * 5) + 3], _attributes[(index * 5) + 4]);

    /// <summary>An attribute value as text (references resolved; only namespace declarations are read, so allocating is fine).</summary>
    private static string AttributeValue(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'&', (byte)'\r') < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var decoded = new byte[raw.Length];
        return Encoding.UTF8.GetString(decoded, 0, DecodeText(raw, cdata: false, decoded));
    }

    private readonly bool IsPrefixDeclared(ReadOnlySpan<byte> prefix, bool forElement) =>
        prefix.SequenceEqual("xml"u8) || (forElement && prefix.SequenceEqual("xmlns"u8)) || Namespace(prefix) is not null;

    private readonly string? Namespace(ReadOnlySpan<byte> prefix)
    {
        if (prefix.SequenceEqual("xml"u8))
        {
            return XmlNamespace;
        }

        if (_prefixes is not null)
        {
            for (var i = _prefixes.Count - 1; i >= 0; i--)
            {
                if (prefix.SequenceEqual(_prefixes[i].Prefix))
                {
                    return _prefixes[i].Uri;
                }
            }
        }

        return null;
    }

    private void SetName(int start, int length, int colon = -2)
    {
        if (colon == -2)
        {
            colon = _xml.Slice(start, length).IndexOf((byte)':');
            colon = colon < 0 ? -1 : start + colon;
        }

        _nameStart = start;
        _nameLength = length;
        _localStart = colon < 0 ? start : colon + 1;
    }

    private readonly bool SkipWhitespace(ref int p)
    {
        var start = p;
        while (p < _xml.Length && IsWhitespace(_xml[p]))
        {
            p++;
        }

        return p > start;
    }

    /// <summary>A name with at most one colon, neither first nor last (XmlReader with namespaces); <paramref name="colon"/> is its position or -1.</summary>
    private readonly bool ScanQName(ref int p, out int colon)
    {
        colon = -1;
        if (!ScanNcName(ref p))
        {
            return false;
        }

        if (p < _xml.Length && _xml[p] == (byte)':')
        {
            colon = p++;
            if (!ScanNcName(ref p) || (p < _xml.Length && _xml[p] == (byte)':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name without colons. Non-ASCII characters as XmlReader judges them (<see cref="XmlConvert"/>: BMP only).</summary>
    private readonly bool ScanNcName(ref int p)
    {
        var start = p;
        while (p < _xml.Length)
        {
            var b = _xml[p];
            if (b < 0x80)
            {
                if (p == start)
                {
                    if (AsciiNameChars[b] != 3)
                    {
                        return false;
                    }

                    p++;
                }

                // The rest of an ASCII run at once.
                var run = _xml[p..].IndexOfAnyExcept(AsciiNameRest);
                p = run < 0 ? _xml.Length : p + run;
                if (p >= _xml.Length || _xml[p] < 0x80)
                {
                    break;
                }

                continue;
            }

            Rune.DecodeFromUtf8(_xml[p..], out var rune, out var length);
            if (!rune.IsBmp || !(p == start ? XmlConvert.IsStartNCNameChar((char)rune.Value) : XmlConvert.IsNCNameChar((char)rune.Value)))
            {
                break;
            }

            p += length;
        }

        return p > start;
    }

    private readonly record struct PrefixDeclaration(byte[] Prefix, string Uri, int Depth);
}
