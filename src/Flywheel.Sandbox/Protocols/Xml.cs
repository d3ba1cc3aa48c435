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
