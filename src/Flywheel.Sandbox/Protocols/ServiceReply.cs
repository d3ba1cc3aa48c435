using System.Text.Json.Nodes;

namespace Flywheel.Sandbox.Protocols;

/// <summary>
/// What an operation produced: a body in the service's own format, or an error the host renders in the
/// service's error envelope. Expected failures are outcomes, not exceptions.
/// </summary>
internal sealed record ServiceReply
{
    private readonly string? _body;
    private readonly XmlBuffer? _buffer;

    private ServiceReply(string? body, XmlBuffer? buffer, AwsError? error)
    {
        _body = body;
        _buffer = buffer;
        Error = error;
    }

    /// <summary>The body as text (decoded from <see cref="Utf8Body"/> when the operation wrote bytes).</summary>
    public string? Body => _body ?? _buffer?.ToString();

    /// <summary>The body as UTF-8 bytes, when the operation wrote them directly (the host sends them as they are).</summary>
    public ReadOnlyMemory<byte>? Utf8Body => _buffer?.Written;

    public AwsError? Error { get; }

    /// <summary>The mutating call to record as a CloudTrail event (name and request parameters), if any.</summary>
    public MutationRecord? Mutation { get; init; }

    public static ServiceReply Ok(string body) => new(body, null, null);

    /// <summary>A body written to a pooled buffer; the host calls <see cref="Release"/> once it has sent it.</summary>
    public static ServiceReply Ok(XmlBuffer utf8Body) => new(null, utf8Body, null);

    /// <summary>A JSON body, written to a pooled buffer (the bytes of <see cref="JsonNode.ToJsonString"/>).</summary>
    public static ServiceReply Ok(JsonNode body) => Ok(JsonBody.Write(body));

    public static ServiceReply Fail(AwsError error) => new(null, null, error);

    /// <summary>Gives a pooled body back; the reply's body must not be read afterwards.</summary>
    public void Release() => _buffer?.Release();

    public static implicit operator ServiceReply(AwsError error) => Fail(error);
}
