using System.Net;
using System.Text;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>
/// An HTTP handler that records every request and answers from a queue of canned responses; a request with
/// no response left fails the test.
/// </summary>
internal sealed class CannedHttpHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly Queue<Func<CapturedRequest, HttpResponseMessage>> _responses = new();

    public List<CapturedRequest> Requests { get; } = [];

    public CannedHttpHandler Respond(int status, string body, string contentType = "text/xml", params (string Name, string Value)[] headers)
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    /// <summary>Answers with a response the test builds itself (a streamed body, a body that breaks off).</summary>
    public CannedHttpHandler Respond(Func<HttpResponseMessage> response)
    {
        _responses.Enqueue(_ => response());
        return this;
    }

    public CannedHttpHandler Fail(string message)
    {
        _responses.Enqueue(_ => throw new HttpRequestException(message));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = string.Join(',', values);
        }

        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
            {
                headers[name] = string.Join(',', values);
            }
        }

        var captured = new CapturedRequest(request.Method.Method, request.RequestUri!, headers, body, time.GetUtcNow());
        Requests.Add(captured);
        if (!_responses.TryDequeue(out var respond))
        {
            throw new InvalidOperationException($"Unexpected request {captured.Method} {captured.Uri} {captured.BodyText}");
        }

        return respond(captured);
    }
}
