using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Flywheel.Sandbox.Protocols;

/// <summary>Small builders for the XML bodies of the query and ec2 protocols; null content leaves an element out.</summary>
internal static class Xml
{
    public static XElement? Opt(string name, string? value) => value is null ? null : new XElement(name, value);

    public static XElement? Opt(string name, bool? value) => value is null ? null : new XElement(name, value.Value ? "true" : "false");

    public static XElement? Opt(string name, int? value) => value is null ? null : new XElement(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public static XElement? Opt(string name, long? value) => value is null ? null : new XElement(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public static XElement? Opt(string name, DateTimeOffset? value) => value is null ? null : new XElement(name, Timestamp(value.Value));

    /// <summary>A wrapped list: <c>&lt;name&gt;&lt;member&gt;…&lt;/member&gt;…&lt;/name&gt;</c>.</summary>
    public static XElement List(string name, string member, IEnumerable<string> values) =>
        new(name, values.Select(v => new XElement(member, v)));

    public static XElement List(string name, IEnumerable<XElement> items) => new(name, items);

    /// <summary>ISO 8601 in UTC with milliseconds, as AWS's XML services write timestamps.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Puts every element in <paramref name="ns"/> and writes the document with an XML declaration.</summary>
    public static string Render(XElement root, string? ns)
    {
        var buffer = RenderUtf8(root, ns);
        var text = buffer.ToString();
        buffer.Release();
        return text;
    }

    /// <summary>
    /// <see cref="Render"/> as UTF-8 in a pooled buffer (the host sends it as it is, then releases it). The tree is
    /// written directly, as XmlWriter would write it (the same bytes, without its per-element state machine, the
    /// namespace rewrite and a string → UTF-8 copy); a tree with anything else than elements and plain text goes
    /// through XmlWriter itself.
    /// </summary>
    public static XmlBuffer RenderUtf8(XElement root, string? ns)
    {
        ArgumentNullException.ThrowIfNull(root);
        var buffer = new XmlBuffer();
        buffer.Raw(Declaration);
        if (TryWrite(buffer, root, ns, isRoot: true))
        {
            return buffer;
        }

        buffer.Release();
        var fallback = new XmlBuffer();
        fallback.Unescaped(RenderWithXmlWriter(root, ns));
        return fallback;
    }

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8;

    private static bool TryWrite(XmlBuffer x, XElement element, string? ns, bool isRoot)
    {
        // Attributes, other namespaces (only possible when no namespace is imposed) and the characters XmlWriter
        // rewrites or rejects (controls, \r, surrogates, U+FFFE/F) are left to XmlWriter.
        if (element.HasAttributes || (ns is null && element.Name.NamespaceName.Length > 0))
        {
            return false;
        }

        var name = element.Name.LocalName;
        x.StartTag(name);
        if (isRoot && !string.IsNullOrEmpty(ns))
        {
            // An attribute value: XmlWriter would escape these characters differently from element content.
            if (ns.AsSpan().IndexOfAny("\"&<>") >= 0 || ns.AsSpan().IndexOfAnyExceptInRange(' ', '\ud7ff') >= 0)
            {
                return false;
            }

            x.Raw(" xmlns=\""u8);
            x.Content(ns);
            x.Raw("\""u8);
        }

        if (element.IsEmpty)
        {
            x.Raw(" />"u8);
            return true;
        }

        x.Raw(">"u8);
        if (!element.HasElements)
        {
            // Text only (an element with content, even "", ends in full, as XmlWriter writes it).
            if (!TryText(x, element.Value))
            {
                return false;
            }
        }
        else
        {
            foreach (var node in element.Nodes())
            {
                var written = node switch
                {
                    XElement child => TryWrite(x, child, ns, isRoot: false),
                    XText text when text.NodeType == XmlNodeType.Text => TryText(x, text.Value),
                    _ => false,
                };
                if (!written)
                {
                    return false;
                }
            }
        }

        x.Close(name);
        return true;
    }

    private static bool TryText(XmlBuffer x, string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange(' ', '\ud7ff') >= 0)
        {
            return false;
        }

        x.Content(text);
        return true;
    }

    /// <summary>The element tree rendered by XmlWriter: the fallback for what the direct writer does not take, and the reference its bytes are tested against.</summary>
    internal static string RenderWithXmlWriter(XElement root, string? ns)
    {
        if (ns is not null)
        {
            XNamespace space = ns;
            foreach (var element in root.DescendantsAndSelf())
            {
                element.Name = space + element.Name.LocalName;
            }
        }

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            root.WriteTo(writer);
        }

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + builder;
    }
}
