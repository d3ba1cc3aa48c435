using System.Globalization;
using System.Text;
using System.Text.Json;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// The UTF-8 reader under the transcoder must take and refuse exactly what System.Xml's XmlReader does and give the
/// same text: each case is run through the transcoder and through <see cref="LegacyXmlReaderTranscoder"/>, and the
/// outcomes (JSON bytes and top-level strings, or "malformed") must be equal. Random documents and random escaped
/// text, from fixed seeds, cover what the listed cases do not.
/// </summary>
public sealed class Utf8XmlReaderTests
{
    public static TheoryData<string> Documents() =>
    [
        // Well-formed, with what AWS sends and what it could.
        "<R xmlns='urn:x'><DescribeResult><Name>a</Name></DescribeResult></R>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<R><DescribeResult><Name>a</Name></DescribeResult></R>",
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?><R><DescribeResult><Count>1</Count></DescribeResult></R>",
        "<?xml version = '1.0' ?><R><DescribeResult/></R>",
        "\uFEFF<R><DescribeResult><Name>bom</Name></DescribeResult></R>",
        "\n <R>\n<DescribeResult>\n<Name> x </Name>\n</DescribeResult>\n</R>\n\t",
        "<!-- c --><?pi x?><R><!-- c --><DescribeResult><?pi?><Name>a<!-- c -->b<?pi y?>c</Name></DescribeResult></R><!-- c --><?pi?>",
        "<R><DescribeResult><Name>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;&#0000067;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>x\r\ny\rz&#13;&#xD;\n</Name></DescribeResult></R>",
        "<R><DescribeResult><Name><![CDATA[<a>&amp;\r\n]]]]><![CDATA[>]]></Name></DescribeResult></R>",
        "<R><DescribeResult><Name>a<b>inner</b>c<d/>e</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>]] ]> ]</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>\u00e9\u20ac\U0001F600\u2028\u0085\u007F</Name><\u00e9t\u00e9>summer</\u00e9t\u00e9></DescribeResult></R>",
        "<R><DescribeResult><Name a='1' b=\"&amp;&#60;\" c = '>' d='\t\r\n'>x</Name ></DescribeResult ></R >",
        "<R xmlns:p='urn:p'><p:DescribeResult><p:Name p:a='1' a='2'>x</p:Name></p:DescribeResult></R>",
        "<R><DescribeResult xmlns:p='urn:p'><p:Name>x</p:Name></DescribeResult><q:Other xmlns:q='urn:q'/></R>",
        "<R xml:lang='en'><xml:DescribeResult><xmlns:Name>x</xmlns:Name></xml:DescribeResult></R>",
        "<R xmlns:p='urn:p' xmlns:q='urn:q'><DescribeResult p:a='1' q:a='2'><Name>x</Name></DescribeResult></R>",
        "<R xmlns:p='u'><DescribeResult><a xmlns:p='v' xmlns:q='u' p:x='1' q:x='2'/><Name>x</Name></DescribeResult></R>",
        "<R><DescribeResult><Name xmlns=''>x</Name></DescribeResult></R>",
        "<R><DescribeResult><a-b.c_d\u00b7e\u0300/><Name>x</Name></DescribeResult></R>",
        "<R><DescribeResult><?xml-stylesheet x?><?xmlx?><Name>x</Name></DescribeResult></R>",
        "<R><DescribeResult><!----><Name><![CDATA[]]></Name></DescribeResult></R>",
        "<R><DescribeResult><Things><Thing><Id>t</Id><Tags><entry><V>v</V><K>k</K></entry><entry><K>k2</K></entry></Tags></Thing></Things></DescribeResult></R>",

        // Malformed, each as XmlReader refuses it.
        "",
        "\uFEFF",
        "not xml",
        "  ",
        "<?xml version='1.0'?>",
        "<R><DescribeResult><Name>a</Name></DescribeResult>",
        "<R><DescribeResult/></R><Second/>",
        "<R><DescribeResult/></R>text",
        "<R><DescribeResult/></R><",
        "<![CDATA[x]]><R/>",
        "<R><DescribeResult><Name>]]></Name></DescribeResult></R>",
        "<R><DescribeResult><Name>]]]></Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#0;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#X41;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#x;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#65</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#xD800;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#xFFFE;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#x110000;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&#99999999999;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&foo;</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>&amp</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>a & b</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>\u0001</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>\uFFFE</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>\uFFFF</Name></DescribeResult></R>",
        "<R><DescribeResult><Name>x</Name>\u0000</DescribeResult></R>",
        "<R><DescribeResult><Name b='1' b='2'/></DescribeResult></R>",
        "<R><DescribeResult><Name b='1'c='2'/></DescribeResult></R>",
        "<R><DescribeResult><Name b='<'/></DescribeResult></R>",
        "<R><DescribeResult><Name b=\"&x;\"/></DescribeResult></R>",
        "<R><DescribeResult><Name b=1/></DescribeResult></R>",
        "<R><DescribeResult><Name b='1/></DescribeResult></R>",
        "<R><DescribeResult><Name b/></DescribeResult></R>",
        "<R><DescribeResult><Name b='\u0001'/></DescribeResult></R>",
        "<R><DescribeResult><p:Name/></DescribeResult></R>",
        "<R><DescribeResult><Name p:b='1'/></DescribeResult></R>",
        "<R><DescribeResult><a:b:c xmlns:a='u'/></DescribeResult></R>",
        "<R><DescribeResult><a:/></DescribeResult></R>",
        "<R><DescribeResult><:a/></DescribeResult></R>",
        "<R><DescribeResult><p:b xmlns:p='u'/><p:c/></DescribeResult></R>",
        "<R xmlns:p=''/>",
        "<R xmlns:xml='other'/>",
        "<R xmlns:xmlns='u'/>",
        "<R xmlns='http://www.w3.org/XML/1998/namespace'/>",
        "<R xmlns:p='http://www.w3.org/2000/xmlns/'/>",
        "<R xmlns='x' xmlns='y'/>",
        "<R xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>",
        "<R xmlns:p='&amp;' xmlns:q='&#38;' p:x='1' q:x='2'/>",
        "<R><DescribeResult><!-- a -- b --></DescribeResult></R>",
        "<R><DescribeResult><!---></DescribeResult></R>",
        "<R><DescribeResult><!-- x ---></DescribeResult></R>",
        "<R><DescribeResult><![cdata[x]]></DescribeResult></R>",
        "<R><DescribeResult><![CDATA[x</DescribeResult></R>",
        "<R><DescribeResult><?xml x?></DescribeResult></R>",
        "<R><DescribeResult><?XmL x?></DescribeResult></R>",
        "<R><DescribeResult><?a:b?></DescribeResult></R>",
        "<R><DescribeResult><?1pi?></DescribeResult></R>",
        "<R><DescribeResult><?pi x</DescribeResult></R>",
        " <?xml version='1.0'?><R/>",
        "<R/><?xml version='1.0'?>",
        "<?xml encoding='utf-8'?><R/>",
        "<?xml version='1.1'?><R/>",
        "<?xml version='1.0' standalone='maybe'?><R/>",
        "<?xml version='1.0'encoding='utf-8'?><R/>",
        "<?xml version='1.0' encoding='bogus'?><R/>",
        "<?xml version='1.0' encoding='UTF8'?><R/>",
        "<!DOCTYPE R><R/>",
        "<!DOCTYPE R [<!ENTITY e 'x'>]><R><DescribeResult><Name>&e;</Name></DescribeResult></R>",
        "<R></S>",
        "<R><DescribeResult></R></DescribeResult>",
        "<R></ R>",
        "< R/>",
        "<R/ >",
        "<R / >",
        "<1R/>",
        "<R\U00010000/>",
        "<R\u2070/>",
        "<\u00b7R/>",
        "<R><DescribeResult><Name>x</Name></DescribeResult></R",
        "\uFEFF\uFEFF<R/>",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void TryTranscode_Document_SameOutcomeAsXmlReader(string document)
    {
        var body = Encoding.UTF8.GetBytes(document);

        var outcome = XmlDifferential.Transcoder(XmlDifferential.Test, "Describe", body);

        outcome.ShouldBe(XmlDifferential.Legacy(XmlDifferential.Test, "Describe", body));
    }

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x52, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x52, 0x3E })] // a truncated sequence
    [InlineData(new byte[] { 0x3C, 0x52, 0x3E, 0xFF, 0x3C, 0x2F, 0x52, 0x3E })] // a byte UTF-8 never uses
    [InlineData(new byte[] { 0x3C, 0x52, 0x3E, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x52, 0x3E })] // a surrogate
    [InlineData(new byte[] { 0x3C, 0x52, 0x3E, 0xC0, 0x80, 0x3C, 0x2F, 0x52, 0x3E })] // an overlong form
    public void TryTranscode_InvalidUtf8_IsMalformed(byte[] body)
    {
        XmlDifferential.Transcoder(XmlDifferential.Test, "Describe", body).ShouldBe("malformed");
        XmlDifferential.Legacy(XmlDifferential.Test, "Describe", body).ShouldBe("malformed");
    }

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16BE", false)]
    [InlineData("iso-8859-1", false)]
    [InlineData("us-ascii", false)]
    [InlineData("utf-8", false)]
    public void TryTranscode_OtherEncodings_ReadAsXmlReaderReadsThem(string encodingName, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var document = $"<?xml version='1.0' encoding='{encodingName}'?><R><DescribeResult><Name>caf\u00e9 &amp; \u00fc</Name><Count> 3 </Count></DescribeResult></R>";
        var body = (byteOrderMark ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(document)).ToArray();

        var outcome = XmlDifferential.Transcoder(XmlDifferential.Test, "Describe", body);

        outcome.ShouldBe(XmlDifferential.Legacy(XmlDifferential.Test, "Describe", body));
        outcome.ShouldStartWith("{\"Name\":\"caf");
    }

    [Fact]
    public void TryTranscode_RandomAndMutatedDocuments_SameOutcomeAsXmlReader()
    {
        var mismatches = new List<string>();
        var malformed = 0;
        for (var seed = 0; seed < 4000; seed++)
        {
            var random = new Random(seed);
            var document = RandomDocument(random);
            var mutations = random.Next(3);
            for (var i = 0; i < mutations; i++)
            {
                document = Mutate(random, document);
            }

            var body = Encoding.UTF8.GetBytes(document);
            var expected = XmlDifferential.Legacy(XmlDifferential.Test, "Describe", body);
            var actual = XmlDifferential.Transcoder(XmlDifferential.Test, "Describe", body);
            malformed += expected == "malformed" ? 1 : 0;
            if (actual != expected && mismatches.Count < 5)
            {
                mismatches.Add($"seed {seed}: {JsonSerializer.Serialize(document, Readable)}\n  XmlReader: {expected}\n  Utf8XmlReader: {actual}");
            }
        }

        mismatches.ShouldBeEmpty();
        malformed.ShouldBeInRange(800, 3200);
    }

    [Fact]
    public void TryTranscode_RandomEscapedText_RoundTrips()
    {
        for (var seed = 0; seed < 2000; seed++)
        {
            var random = new Random(seed);
            var (escaped, text) = RandomEscapedText(random);
            var body = Encoding.UTF8.GetBytes($"<R><DescribeResult><Name>{escaped}</Name><Marker>{escaped}</Marker></DescribeResult></R>");

            var outcome = XmlDifferential.Transcoder(XmlDifferential.Test, "Describe", body);

            var json = JsonDocument.Parse(outcome[..outcome.IndexOf('\0', StringComparison.Ordinal)]).RootElement;
            json.GetProperty("Name").GetString().ShouldBe(text, $"seed {seed}: {escaped}");
            outcome.ShouldBe(XmlDifferential.Legacy(XmlDifferential.Test, "Describe", body), $"seed {seed}: {escaped}");
        }
    }

    private static readonly string[] Elements = ["Name", "Count", "Size", "Flag", "Things", "Thing", "Id", "Parts", "member", "Labels", "Tags", "entry", "K", "V", "Item", "Attributes", "key", "value", "FlatAttribute", "OtherName", "Marker", "\u00e9t\u00e9", "Unknown", "p:Name", "x"];

    private static readonly string[] Texts = ["a", "1", " 42 ", "2.5", "true", "TRUE", " ", "\r\n", "\r", "\n", "\t", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x1F600;", "&#13;", "\u00e9", "\U0001F600", "\u00a0", "<![CDATA[x<y&z]]>", "<!-- c -->", "<?pi x?>", "]", "]]", ">", "'", "\""];

    private static readonly string[] Attributes = [" a='1'", " b=\"&amp;x&#60;\"", " c = '>'", " p:c='3'", " xml:lang='en'", " xmlns:q='urn:q'", " xmlns:p='urn:p'", " q:d='4'", " xmlns=''"];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Nasty = ["<", ">", "&", "]]>", "&foo;", "&#0;", "&#x41", "</x>", "<x>", "<x/>", "<p:x>", " xmlns:p='u'", " a='1'", " a='1' a='2'", "<!DOCTYPE R>", "\u0001", "\uFFFE", "<?xml version='1.0'?>", "--", "<!--", "-->", "'", "\"", "=", "/", " ", ":", "<![CDATA[", "]]", "\u00b7", "\uFEFF"];

    private static string RandomDocument(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append(random.Next(2) == 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "<?xml version='1.0'?>");
        }

        text.Append(random.Next(3) == 0 ? "<R xmlns='urn:x' xmlns:p='urn:p'>" : "<R>");
        text.Append("<DescribeResult>");
        AppendChildren(random, text, depth: 0);
        text.Append("</DescribeResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></R>");
        if (random.Next(4) == 0)
        {
            text.Append(random.Next(2) == 0 ? "\n" : "<!-- done -->");
        }

        return text.ToString();
    }

    private static void AppendChildren(Random random, StringBuilder text, int depth)
    {
        var count = random.Next(depth == 0 ? 6 : 4);
        for (var i = 0; i < count; i++)
        {
            var name = Elements[random.Next(Elements.Length)];
            var open = new StringBuilder(name);
            if (name.StartsWith("p:", StringComparison.Ordinal) && random.Next(2) == 0)
            {
                open.Append(" xmlns:p='urn:p'");
            }

            while (random.Next(4) == 0)
            {
                open.Append(Attributes[random.Next(Attributes.Length)]);
            }

            if (random.Next(6) == 0)
            {
                text.Append('<').Append(open).Append(random.Next(2) == 0 ? "/>" : " />");
                continue;
            }

            text.Append('<').Append(open).Append('>');
            if (depth < 4 && random.Next(3) == 0)
            {
                AppendChildren(random, text, depth + 1);
            }
            else
            {
                var pieces = random.Next(3);
                for (var j = 0; j < pieces; j++)
                {
                    text.Append(Texts[random.Next(Texts.Length)]);
                }
            }

            text.Append("</").Append(name).Append('>');
        }
    }

    private static string Mutate(Random random, string document)
    {
        var at = random.Next(document.Length + 1);
        switch (random.Next(4))
        {
            case 0:
                return document.Remove(at, Math.Min(random.Next(1, 4), document.Length - at));
            case 1:
                return document.Insert(at, Nasty[random.Next(Nasty.Length)]);
            case 2:
                var length = Math.Min(random.Next(1, 12), document.Length - at);
                return document.Insert(random.Next(document.Length + 1), document.Substring(at, length));
            default:
                // Keep surrogate pairs whole: a lone surrogate cannot even be encoded.
                return at < document.Length && !char.IsSurrogate(document[at]) ? document.Remove(at, 1).Insert(at, Nasty[random.Next(Nasty.Length)][..1]) : document;
        }
    }

    /// <summary>Random text and a random escaping of it (raw, entity, decimal or hex reference, CDATA), as XML then reads it.</summary>
    private static (string Escaped, string Text) RandomEscapedText(Random random)
    {
        string[] alphabet = ["a", "Z", "0", " ", "\t", "\n", "\r", "<", ">", "&", "\"", "'", "]", "\u00e9", "\u20ac", "\U0001F600", "\u2028", "\u0085", "\uFFFD", "\u007F"];
        var escaped = new StringBuilder();
        var text = new StringBuilder();
        var length = random.Next(12);
        for (var i = 0; i < length; i++)
        {
            var c = alphabet[random.Next(alphabet.Length)];
            var scalar = char.ConvertToUtf32(c, 0);
            var mustEscape = c is "<" or "&" || (c == ">" && escaped.ToString().EndsWith("]]", StringComparison.Ordinal));
            switch (mustEscape ? 1 + random.Next(3) : random.Next(5))
            {
                case 0:
                    // A raw CR reads as LF, and a raw LF right after it is swallowed.
                    if (!(c == "\n" && escaped.Length > 0 && escaped[^1] == '\r'))
                    {
                        text.Append(c == "\r" ? "\n" : c);
                    }

                    escaped.Append(c);
                    break;
                case 1:
                    escaped.Append(c switch { "<" => "&lt;", ">" => "&gt;", "&" => "&amp;", "\"" => "&quot;", "'" => "&apos;", _ => $"&#{scalar};" });
                    text.Append(c);
                    break;
                case 2:
                    escaped.Append(CultureInfo.InvariantCulture, $"&#{scalar};");
                    text.Append(c);
                    break;
                case 3:
                    escaped.Append(CultureInfo.InvariantCulture, $"&#x{scalar:X};");
                    text.Append(c);
                    break;
                default:
                    escaped.Append("<![CDATA[").Append(c).Append("]]>");
                    text.Append(c == "\r" ? "\n" : c);
                    break;
            }
        }

        return (escaped.ToString(), text.ToString());
    }
}
