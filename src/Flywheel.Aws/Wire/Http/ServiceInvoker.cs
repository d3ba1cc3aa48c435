using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// The typed face of <see cref="AwsWireClient"/> for one service and scope: records in and out (responses bound
/// straight from the protocol's member-keyed JSON bytes through source-generated JSON metadata), and pagination
/// driven by the model's paginators.
/// </summary>
internal sealed class ServiceInvoker(AwsWireClient wire, ServiceModel model, AwsCallScope scope)
{
    public ServiceModel Model => model;

    public AwsCallScope Scope => scope;

    public async Task<AwsResult<TResponse>> InvokeAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
    {
        var op = model.Operation(operation);
        var result = await wire.InvokeAsync(scope, op, ToTree(request, requestInfo), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return AwsResult<TResponse>.Failure(result.Error);
        }

        using var output = result.Value;
        return Bind(op, output, responseInfo);
    }

    public async Task<AwsResult<AwsNoContent>> InvokeAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestInfo, CancellationToken cancellationToken)
    {
        var result = await wire.InvokeAsync(scope, model.Operation(operation), ToTree(request, requestInfo), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return AwsResult<AwsNoContent>.Failure(result.Error);
        }

        result.Value.Dispose();
        return AwsResult<AwsNoContent>.Success(default);
    }

    /// <summary>
    /// Every page of a paginated operation, asking for the largest page the model allows unless the request sets
    /// a size. Stops after the last page, on the first error (yielded), or if the service repeats a token.
    /// </summary>
    public async IAsyncEnumerable<AwsResult<TResponse>> PagesAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var op = model.Operation(operation);
        await foreach (var page in RawPagesAsync(operation, request, requestInfo, cancellationToken).ConfigureAwait(false))
        {
            if (!page.Succeeded)
            {
                yield return AwsResult<TResponse>.Failure(page.Error);
                yield break;
            }

            AwsResult<TResponse> bound;
            using (var output = page.Value)
            {
                bound = Bind(op, output, responseInfo);
            }

            yield return bound;
        }
    }

    /// <summary>
    /// One call, its output unbound: the member-keyed JSON, for a caller that keeps the document as it is (a
    /// collection writing the export). The caller disposes the output.
    /// </summary>
    public async Task<AwsResult<WireOutput>> InvokeRawAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestInfo, CancellationToken cancellationToken) =>
        await wire.InvokeAsync(scope, model.Operation(operation), ToTree(request, requestInfo), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The pages of <see cref="PagesAsync"/>, unbound: each output belongs to the caller, who disposes it (the next
    /// page's token is read before a page is handed over).
    /// </summary>
    public async IAsyncEnumerable<AwsResult<WireOutput>> RawPagesAsync<TRequest>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var op = model.Operation(operation);
        var paginator = op.Paginator ?? throw new InvalidOperationException($"{model.Key}.{operation} has no paginator in the model.");
        var input = ToTree(request, requestInfo);
        if (paginator.LimitKey is { } limitKey && input[limitKey] is null && PageSizes.Largest(op) is { } largest)
        {
            input[limitKey] = largest;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var result = await wire.InvokeAsync(scope, op, (JsonObject)input.DeepClone(), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                yield return result;
                yield break;
            }

            var token = result.Value.TopLevelString(paginator.OutputToken);
            yield return result;
            if (string.IsNullOrEmpty(token) || !seen.Add(token))
            {
                yield break;
            }

            input[paginator.InputToken] = token;
        }
    }

    private static JsonObject ToTree<TRequest>(TRequest request, JsonTypeInfo<TRequest> requestInfo) =>
        JsonSerializer.SerializeToNode(request, requestInfo) as JsonObject ?? [];

    private AwsResult<TResponse> Bind<TResponse>(OperationModel op, WireOutput output, JsonTypeInfo<TResponse> responseInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(output.Json, responseInfo) is { } value
                ? AwsResult<TResponse>.Success(value)
                : AwsResult<TResponse>.Failure(AwsErrorClassifier.Create(model.Key, op.Name, "MalformedResponse", "The response was empty.", null, 200));
        }
        catch (JsonException exception)
        {
            return AwsResult<TResponse>.Failure(AwsErrorClassifier.Create(model.Key, op.Name, "MalformedResponse", exception.Message, null, 200));
        }
    }
}
