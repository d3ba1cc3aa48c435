using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Flywheel.Sandbox.Tests.Support;

/// <summary>A raw reply, with helpers to read XML (namespace-insensitive) and JSON bodies.</summary>
internal sealed record AwsReply(int Status, string Body, string? RequestId)
{
    public XElement Xml => XElement.Parse(Body);

    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    /// <summary>The values of every element with this local name, in document order.</summary>
    public IReadOnlyList<string> All(string localName) => [.. Xml.Descendants().Where(e => e.Name.LocalName == localName).Select(e => e.Value)];

    public string? First(string localName) => All(localName) is [var first, ..] ? first : null;

    /// <summary>The error code, whichever protocol's envelope carries it.</summary>
    public string? ErrorCode => Body.TrimStart().StartsWith('{') ? Json["__type"]?.GetValue<string>() : First("Code");
}
