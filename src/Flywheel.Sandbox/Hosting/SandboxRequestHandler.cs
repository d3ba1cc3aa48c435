using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flywheel.Sandbox.Auth;
using Flywheel.Sandbox.Events;
using Flywheel.Sandbox.Faults;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Flywheel.Sandbox.Hosting;

/// <summary>
/// The one endpoint of the sandbox: authenticates each request (SigV4), finds the service from the credential
/// scope, the operation from X-Amz-Target or Action=, serves it against the region's state, and writes the reply
/// or the error in the service's protocol.
/// </summary>
internal sealed class SandboxRequestHandler(
    IReadOnlyList<IOperationHandler> services,
    SignatureVerifier verifier,
    SandboxEstate estate,
    CloudTrailRecorder recorder,
    FaultInjector faults,
    TimeProvider time)
{
    private const long MaxSizedBody = 1024 * 1024;

    private readonly Dictionary<string, IOperationHandler> _bySigningName = services.ToDictionary(s => s.SigningName, StringComparer.Ordinal);

    public async Task HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requestId = estate.Ids.Uuid();
        var body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var queryAt = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryAt < 0 ? target : target[..queryAt];
        var rawQuery = queryAt < 0 ? "" : target[(queryAt + 1)..];
        var headers = context.Request.Headers;
        var amzTarget = headers["X-Amz-Target"].ToString();

        var now = time.GetUtcNow();
        var signed = new SignedRequest(context.Request.Method, rawPath, rawQuery, name => headers.TryGetValue(name, out var v) ? (v.Count == 1 ? v[0] : string.Join(',', v.ToArray())) : null, body);
        var outcome = verifier.Verify(signed, now);
        var service = _bySigningName.GetValueOrDefault(outcome.Service);
        var protocol = service?.Protocol ?? (amzTarget.Length > 0 ? AwsProtocol.Json : AwsProtocol.Query);
        var ns = service?.XmlNamespace;

        if (!outcome.Succeeded)
        {
            await WriteErrorAsync(context, protocol, ns, ErrorRenderer.ForAuthFailure(protocol, outcome), requestId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (service is null)
        {
            var unknown = new AwsError("UnknownService", $"The sandbox does not serve '{outcome.Service}'.", 404);
            await WriteErrorAsync(context, protocol, ns, unknown, requestId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var caller = outcome.Caller!;
        var state = estate.Region(caller.AccountId, outcome.Region);
        SandboxRequest request;
        if (protocol == AwsProtocol.RestJson)
        {
            var json = ParseJson(body.Span);
            if (json is null)
            {
                await WriteErrorAsync(context, protocol, ns, new AwsError("SerializationException", "The request body is not a JSON object."), requestId, cancellationToken).ConfigureAwait(false);
                return;
            }

            // The operation is the route; the service resolves it (and names it) from the method and the path.
            request = new SandboxRequest($"{context.Request.Method} {Uri.UnescapeDataString(rawPath)}", caller, state, requestId, now)
            {
                HttpMethod = context.Request.Method,
                Path = Uri.UnescapeDataString(rawPath),
                Parameters = ParseForm(rawQuery, ReadOnlySpan<byte>.Empty),
                Json = json,
            };
        }
        else if (protocol == AwsProtocol.Json)
        {
            var dot = amzTarget.LastIndexOf('.');
            var json = ParseJson(body.Span);
            if (json is null)
            {
                await WriteErrorAsync(context, protocol, ns, new AwsError("SerializationException", "Start of structure or map found where not expected."), requestId, cancellationToken).ConfigureAwait(false);
                return;
            }

            request = new SandboxRequest(dot < 0 ? amzTarget : amzTarget[(dot + 1)..], caller, state, requestId, now) { Json = json };
        }
        else
        {
            var parameters = ParseForm(rawQuery, body.Span);
            var action = parameters.Get("Action");
            if (action is null)
            {
                await WriteErrorAsync(context, protocol, ns, new AwsError("MissingAction", "Missing Action"), requestId, cancellationToken).ConfigureAwait(false);
                return;
            }

            request = new SandboxRequest(action, caller, state, requestId, now) { Parameters = parameters };
        }

        var latency = faults.NextLatency(service.SigningName);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, time, cancellationToken).ConfigureAwait(false);
            now = time.GetUtcNow();
            request = request with { Now = now };
        }

        // A reset connection: no status, no body, and the request is not served.
        if (faults.ShouldDropConnection(service.SigningName))
        {
            context.Abort();
            return;
        }

        if (faults.Inject(caller.AccountId, service.SigningName, request.Operation, protocol, now) is { } fault)
        {
            await WriteErrorAsync(context, protocol, ns, fault, requestId, cancellationToken).ConfigureAwait(false);
            return;
        }

        ServiceReply reply;
        lock (state.Gate)
        {
            state.Advance(now);
            if (faults.ShouldVanish())
            {
                state.VanishOne(faults.Pick);
            }

            reply = Serve(service, request, protocol);
            if (!IsRead(request.Operation))
            {
                state.Changed();
            }

            // Recorded under the region's lock: the event is also delivered to the region's event queue.
            if (reply.Error is null && reply.Mutation is { } mutation)
            {
                recorder.Record(request, service.SigningName, mutation);
            }
        }

        if (reply.Error is { } error)
        {
            await WriteErrorAsync(context, protocol, ns, error, requestId, cancellationToken).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        context.Response.ContentType = protocol switch
        {
            AwsProtocol.Json => "application/x-amz-json-1.1",
            AwsProtocol.RestJson => "application/json",
            _ => "text/xml",
        };
        if (reply.Utf8Body is { } utf8)
        {
            try
            {
                context.Response.ContentLength = utf8.Length;
                await context.Response.Body.WriteAsync(utf8, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                reply.Release();
            }

            return;
        }

        await context.Response.WriteAsync(reply.Body ?? "", Encoding.UTF8, cancellationToken).ConfigureAwait(false);
    }

    // AWS's read operations are named Describe*, List* and Get* (rest-json: the GET routes); AssumeRole changes no
    // region's state. Anything else may have started a transition, and the next request looks at every resource again.
    private static bool IsRead(string operation) =>
        operation.StartsWith("Describe", StringComparison.Ordinal) || operation.StartsWith("List", StringComparison.Ordinal) || operation.StartsWith("Get", StringComparison.Ordinal)
        || operation.StartsWith("GET ", StringComparison.Ordinal) || operation == "AssumeRole";

    // A bug in a service must still answer in the service's envelope (a 500 the SDKs retry), not drop the connection.
    private static ServiceReply Serve(IOperationHandler service, SandboxRequest request, AwsProtocol protocol)
    {
        try
        {
            return service.Handle(request);
        }
#pragma warning disable CA1031 // Catch general exceptions: this is the server boundary; every failure becomes an AWS error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var error = Faults.FaultInjector.InternalError(service.SigningName, protocol);
            return error with { Message = $"{error.Message} ({exception.GetType().Name}: {exception.Message})" };
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, AwsProtocol protocol, string? ns, AwsError error, string requestId, CancellationToken cancellationToken)
    {
        var (contentType, text) = ErrorRenderer.Render(protocol, ns, error, requestId);
        context.Response.StatusCode = error.HttpStatus;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        if (protocol is AwsProtocol.RestJson or AwsProtocol.Json)
        {
            context.Response.Headers["x-amzn-ErrorType"] = error.Code;
        }

        if (error.QueryCompatibleCode is { } queryCode)
        {
            context.Response.Headers["x-amzn-query-error"] = $"{queryCode};{(error.IsSenderFault ? "Sender" : "Receiver")}";
        }

        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(text, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // The SDKs send Content-Length (Kestrel ends the body there): one array of that size, no stream to copy.
        if (request.ContentLength is { } length and <= MaxSizedBody)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            return body;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static JsonObject? ParseJson(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static QueryParameters ParseForm(string rawQuery, ReadOnlySpan<byte> body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in new[] { rawQuery, Encoding.UTF8.GetString(body) })
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(source))
            {
                values[key] = value.ToString();
            }
        }

        return new QueryParameters(values);
    }
}
