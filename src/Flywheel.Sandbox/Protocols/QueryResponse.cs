using System.Xml.Linq;

namespace Flywheel.Sandbox.Protocols;

/// <summary>The success envelopes of the query and ec2 protocols, as UTF-8 in pooled buffers (<see cref="ServiceReply.Ok(XmlBuffer)"/>).</summary>
internal static class QueryResponse
{
    /// <summary><c>&lt;OpResponse&gt;&lt;OpResult&gt;…&lt;/OpResult&gt;&lt;ResponseMetadata&gt;…</c> (RDS, STS).</summary>
    public static XmlBuffer Query(string operation, string ns, string requestId, params object?[] result) =>
        Xml.RenderUtf8(new XElement(operation + "Response",
            new XElement(operation + "Result", result),
            new XElement("ResponseMetadata", new XElement("RequestId", requestId))), ns);

    /// <summary>A query response whose operation has no output members (ResponseMetadata only).</summary>
    public static XmlBuffer QueryEmpty(string operation, string ns, string requestId) =>
        Xml.RenderUtf8(new XElement(operation + "Response",
            new XElement("ResponseMetadata", new XElement("RequestId", requestId))), ns);

    /// <summary><c>&lt;OpResponse&gt;&lt;requestId&gt;…&lt;/requestId&gt;…</c> (EC2).</summary>
    public static XmlBuffer Ec2(string operation, string requestId, params object?[] content) =>
        Xml.RenderUtf8(new XElement(operation + "Response", new XElement("requestId", requestId), content), "http://ec2.amazonaws.com/doc/2016-11-15/");

    /// <summary>
    /// A page of a Describe* operation, written straight to UTF-8: the bytes <see cref="Query"/> writes for
    /// <c>Xml.Opt("Marker", next)</c> and <c>Xml.List(list, items)</c>, without an element tree.
    /// </summary>
    public static XmlBuffer Page<T>(string operation, string ns, string requestId, string? nextMarker, ReadOnlySpan<byte> list, IReadOnlyList<T> items, int bytesPerItem, Action<XmlBuffer, T> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        var x = new XmlBuffer(1024 + (items.Count * bytesPerItem));
        x.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"u8);
        x.Unescaped(operation);
        x.Raw("Response xmlns=\""u8);
        x.Content(ns);
        x.Raw("\"><"u8);
        x.Unescaped(operation);
        x.Raw("Result>"u8);
        x.OptElement("Marker"u8, nextMarker);
        if (items.Count == 0)
        {
            x.Empty(list);
        }
        else
        {
            x.Open(list);
            foreach (var item in items)
            {
                write(x, item);
            }

            x.Close(list);
        }

        x.Raw("</"u8);
        x.Unescaped(operation);
        x.Raw("Result><ResponseMetadata>"u8);
        x.Element("RequestId"u8, requestId);
        x.Raw("</ResponseMetadata></"u8);
        x.Unescaped(operation);
        x.Raw("Response>"u8);
        return x;
    }
}
