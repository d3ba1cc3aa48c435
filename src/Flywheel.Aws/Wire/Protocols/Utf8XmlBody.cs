using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>
/// Gets a response body ready for <see cref="Utf8XmlReader"/>: UTF-8 as AWS sends it, checked once for what
/// <see cref="XmlReader"/> would refuse in the characters themselves (invalid UTF-8, control characters,
/// U+FFFE/U+FFFF), past a byte order mark and a plain XML declaration. Anything else at the start (another
/// encoding, a byte order mark of UTF-16 or UTF-32, an unusual declaration, no markup at all) is read by
/// <see cref="XmlReader"/> itself, which decides whether it is well-formed, and copied as plain UTF-8 XML.
/// </summary>
internal static class Utf8XmlBody
{
    // C0 controls XML does not allow (tab, line feed and carriage return are fine).
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Auto,
        CheckCharacters = false,
        // A carriage return that came from a character reference must stay one.
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>
    /// The UTF-8 XML to read and where its first node starts; false when the body is not well-formed in its
    /// characters or, read by XmlReader, at all.
    /// </summary>
    public static bool TryPrepare(ReadOnlyMemory<byte> body, out ReadOnlyMemory<byte> xml, out int start)
    {
        xml = body;
        start = 0;
        var span = body.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            start = 3;
        }

        if (start >= span.Length)
        {
            return false;
        }

        var first = span[start];
        var plain = first is (byte)'<' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'
            && (span.Length < start + 2 || span[start + 1] != 0);
        if (plain && span[start..].StartsWith("<?xml"u8) && span.Length > start + 5 && !IsNameChar(span[start + 5]))
        {
            var declaration = DeclarationLength(span[start..]);
            plain = declaration > 0;
            start += declaration;
        }

        if (!plain)
        {
            var copy = Reencode(body);
            xml = copy ?? ReadOnlyMemory<byte>.Empty;
            start = 0;
            return copy is not null;
        }

        return Utf8.IsValid(span) && span.IndexOfAny(ForbiddenControls) < 0 && !HasNonCharacter(span);
    }

    /// <summary>U+FFFE or U+FFFF (EF BF BE, EF BF BF), which XML does not allow.</summary>
    private static bool HasNonCharacter(ReadOnlySpan<byte> span)
    {
        ReadOnlySpan<byte> lead = [0xEF, 0xBF];
        var at = span.IndexOf(lead);
        while (at >= 0)
        {
            if (at + 2 < span.Length && span[at + 2] is 0xBE or 0xBF)
            {
                return true;
            }

            var next = span[(at + 2)..].IndexOf(lead);
            at = next < 0 ? -1 : at + 2 + next;
        }

        return false;
    }

    private static bool IsNameChar(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)':' or >= 0x80;

    /// <summary>
    /// The length of a declaration the fast reader can take as it is: version 1.0, encoding UTF-8 or none,
    /// standalone yes or no or none; 0 for anything else, left to XmlReader.
    /// </summary>
    private static int DeclarationLength(ReadOnlySpan<byte> text)
    {
        var p = 5;
        if (!Pseudo(text, ref p, "version"u8, out var version) || !version.SequenceEqual("1.0"u8))
        {
            return 0;
        }

        var q = p;
        if (Pseudo(text, ref q, "encoding"u8, out var encoding))
        {
            if (!Ascii.EqualsIgnoreCase(encoding, "utf-8"u8))
            {
                return 0;
            }

            p = q;
        }

        q = p;
        if (Pseudo(text, ref q, "standalone"u8, out var standalone))
        {
            if (!standalone.SequenceEqual("yes"u8) && !standalone.SequenceEqual("no"u8))
            {
                return 0;
            }

            p = q;
        }

        SkipWhitespace(text, ref p);
        return text[p..].StartsWith("?>"u8) ? p + 2 : 0;
    }

    /// <summary>White space, <paramref name="name"/>, '=' (white space around it allowed) and a quoted value.</summary>
    private static bool Pseudo(ReadOnlySpan<byte> text, ref int p, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        var at = p;
        if (!SkipWhitespace(text, ref at) || !text[at..].StartsWith(name))
        {
            return false;
        }

        at += name.Length;
        SkipWhitespace(text, ref at);
        if (at >= text.Length || text[at] != (byte)'=')
        {
            return false;
        }

        at++;
        SkipWhitespace(text, ref at);
        if (at >= text.Length || text[at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = text[at++];
        var length = text[at..].IndexOf(quote);
        if (length < 0)
        {
            return false;
        }

        value = text.Slice(at, length);
        p = at + length + 1;
        return true;
    }

    private static bool SkipWhitespace(ReadOnlySpan<byte> text, ref int p)
    {
        var start = p;
        while (p < text.Length && text[p] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            p++;
        }

        return p > start;
    }

    /// <summary>
    /// The document as XmlReader reads it (its encoding, its checks), written back as UTF-8 with element names only
    /// (prefixes and attributes play no part in the output), text escaped; null when XmlReader finds it malformed.
    /// </summary>
    private static byte[]? Reencode(ReadOnlyMemory<byte> body)
    {
        using var input = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        using var output = new MemoryStream(body.Length + 64);
        try
        {
            using var reader = XmlReader.Create(input, ReaderSettings);
            using (var writer = XmlWriter.Create(output, WriterSettings))
            {
                while (reader.Read())
                {
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Element:
                            writer.WriteStartElement(reader.LocalName);
                            if (reader.IsEmptyElement)
                            {
                                writer.WriteEndElement();
                            }

                            break;
                        case XmlNodeType.EndElement:
                            writer.WriteFullEndElement();
                            break;
                        case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                            writer.WriteString(reader.Value);
                            break;
                        case XmlNodeType.CDATA:
                            writer.WriteCData(reader.Value);
                            break;
                    }
                }
            }

            return output.ToArray();
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
