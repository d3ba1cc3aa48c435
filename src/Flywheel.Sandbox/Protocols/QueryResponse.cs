using System.Xml.Linq;

namespace Flywheel.Sandbox.Protocols;

/// <summary>The success envelopes of the query and ec2 protocols.</summary>
internal static class QueryResponse
{
    /// <summary><c>&lt;OpResponse&gt;&lt;OpResult&gt;…&lt;/OpResult&gt;&lt;ResponseMetadata&gt;…</c> (RDS, STS).</summary>
    public static string Query(string operation, string ns, string requestId, params object?[] result) =>
        Xml.Render(new XElement(operation + "Response",
            new XElement(operation + "Result", result),
            new XElement("ResponseMetadata", new XElement("RequestId", requestId))), ns);

    /// <summary>A query response whose operation has no output members (ResponseMetadata only).</summary>
    public static string QueryEmpty(string operation, string ns, string requestId) =>
        Xml.Render(new XElement(operation + "Response",
            new XElement("ResponseMetadata", new XElement("RequestId", requestId))), ns);

    /// <summary><c>&lt;OpResponse&gt;&lt;requestId&gt;…&lt;/requestId&gt;…</c> (EC2).</summary>
    public static string Ec2(string operation, string requestId, params object?[] content) =>
        Xml.Render(new XElement(operation + "Response", new XElement("requestId", requestId), content), "http://ec2.amazonaws.com/doc/2016-11-15/");
}
