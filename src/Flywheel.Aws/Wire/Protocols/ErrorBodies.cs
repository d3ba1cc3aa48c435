using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace Flywheel.Aws.Wire.Protocols;

/// <summary>Reads an error code, message and request id out of the XML and JSON error bodies AWS returns.</summary>
internal static class ErrorBodies
{
    /// <summary>
    /// query: <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>;
    /// ec2: <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;/Errors&gt;&lt;RequestID/&gt;</c>.
    /// </summary>
    public static (string? Code, string? Message, string? RequestId) FromXml(ReadOnlyMemory<byte> body)
    {
        var root = TryParseXml(body);
        if (root is null)
        {
            return (null, null, null);
        }

        var error = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
        var requestId = root.Descendants().FirstOrDefault(e => e.Name.LocalName is "RequestId" or "RequestID")?.Value;
        return (Child(error, "Code"), Child(error, "Message"), requestId);
    }

    /// <summary>json and rest-json: <c>{"__type": "prefix#Code", "message": "..."}</c> (or <c>code</c>/<c>Message</c>).</summary>
    public static (string? Code, string? Message) FromJson(ReadOnlyMemory<byte> body)
    {
        if (body.Length == 0)
        {
            return (null, null);
        }

        JsonObject? node;
        try
        {
            node = JsonNode.Parse(body.Span) as JsonObject;
        }
        catch (JsonException)
        {
            return (null, null);
        }

        if (node is null)
        {
            return (null, null);
        }

        var code = Text(node, "__type") ?? Text(node, "code") ?? Text(node, "Code");
        var message = Text(node, "message") ?? Text(node, "Message") ?? Text(node, "errorMessage");
        return (code is null ? null : SanitizeCode(code), message);
    }

    /// <summary>Strips the namespace (<c>aws.protocoltests#</c>) and any <c>:http://…</c> suffix from an error type.</summary>
    public static string SanitizeCode(string code)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    private static XElement? TryParseXml(ReadOnlyMemory<byte> body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray(), writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static string Preview(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, 200)]);

    private static string? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
