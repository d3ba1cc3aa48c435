using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// Sends one operation: resolve the endpoint, serialize with the service's protocol, then per attempt wait for
/// the rate limiter (adaptive mode), sign with SigV4 at the injected clock's time, send, parse, and let the
/// standard retry strategy decide whether and when to try again. Every wait goes through the
/// <see cref="TimeProvider"/>; failures come back as <see cref="AwsError"/> values.
/// </summary>
internal sealed class AwsWireClient(
    HttpClient http,
    IEndpointResolver endpoints,
    IAwsCredentialsSource credentials,
    StandardRetryStrategy retry,
    RateLimiterRegistry rateLimiters,
    TimeProvider time,
    IAwsCallObserver? observer = null)
{
    private const string UserAgent = "flywheel/1.0 (wire)";

    public async Task<AwsResult<WireOutput>> InvokeAsync(AwsCallScope scope, OperationModel operation, JsonObject input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(operation);
        var model = operation.Service;
        var resolution = endpoints.Resolve(model.EndpointPrefix, scope.Region);
        if (!resolution.Resolved)
        {
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(model.Key, operation.Name, "UnknownEndpoint", resolution.Error, null, 0));
        }

        var protocol = WireProtocols.For(model);
        var request = protocol.Serialize(operation, input);
        var limiter = retry.Options.Mode == RetryMode.Adaptive
            ? rateLimiters.For(new RateLimitKey(scope.Account, scope.Region, model.Key, operation.Name))
            : null;
        int? lastRetryCost = null;
        for (var attempt = 1; ; attempt++)
        {
            if (limiter is not null)
            {
                await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
            }

            var result = await SendOnceAsync(resolution.Endpoint, model, operation, protocol, request, cancellationToken).ConfigureAwait(false);
            observer?.OnAttempt(scope, model.Key, operation.Name, result.Error);
            limiter?.RecordResponse(result.Error?.IsThrottling == true);
            if (result.Succeeded)
            {
                retry.RecordSuccess(lastRetryCost);
                return result;
            }

            var decision = retry.Evaluate(result.Error, attempt);
            if (!decision.Retry)
            {
                return result;
            }

            lastRetryCost = decision.Cost;
            await Task.Delay(decision.Delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AwsResult<WireOutput>> SendOnceAsync(AwsEndpoint endpoint, ServiceModel model, OperationModel operation, IWireProtocol protocol, WireRequest request, CancellationToken cancellationToken)
    {
        var resolved = await credentials.TryGetAsync(cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(model.Key, operation.Name, AwsError.CredentialsUnavailableCode, resolved.Error, null, 0));
        }

        var creds = resolved.Credentials;
        using var message = BuildMessage(endpoint, model, request, creds);

        // The body is read by us, into a pooled buffer (ResponseHeadersRead), so HttpClient.Timeout no longer covers
        // it: this token does, for the whole attempt, as HttpClient's did when it buffered the body itself. Like
        // HttpClient.Timeout it runs on the real clock: it bounds real I/O, and a test's fake clock (which leaps ahead
        // while a call is in flight) must not cut a slow first request short.
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (http.Timeout != Timeout.InfiniteTimeSpan)
        {
            attempt.CancelAfter(http.Timeout);
        }

        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                headers[name] = string.Join(',', values);
            }

            using var body = await ResponseBody.ReadAsync(response.Content, attempt.Token).ConfigureAwait(false);
            return protocol.Parse(operation, new WireResponse((int)response.StatusCode, headers, body.WrittenMemory));
        }
        catch (HttpRequestException exception)
        {
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(model.Key, operation.Name, AwsError.ConnectionErrorCode, exception.Message, null, 0));
        }
        catch (IOException exception)
        {
            // The connection broke while the body was being read.
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(model.Key, operation.Name, AwsError.ConnectionErrorCode, exception.Message, null, 0));
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed: a timeout, retried at the higher quota cost.
            return AwsResult<WireOutput>.Failure(AwsErrorClassifier.Create(model.Key, operation.Name, AwsError.TimeoutCode, exception.Message, null, 0));
        }
    }

    private HttpRequestMessage BuildMessage(AwsEndpoint endpoint, ServiceModel model, WireRequest request, AwsCredentials creds)
    {
        var basePath = endpoint.Url.AbsolutePath.TrimEnd('/');
        var path = basePath + request.Path;
        var uri = new UriBuilder(endpoint.Url.Scheme, endpoint.Url.Host, endpoint.Url.Port, path) { Query = request.Query }.Uri;
        var amzDate = time.GetUtcNow();
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", endpoint.Url.IsDefaultPort ? endpoint.Url.Host : endpoint.Url.Authority),
            new("X-Amz-Date", amzDate.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (request.ContentType is not null)
        {
            headers.Add(new("Content-Type", request.ContentType));
        }

        headers.AddRange(request.Headers);
        if (creds.SessionToken is not null)
        {
            headers.Add(new(SigV4Signer.SessionTokenHeader, creds.SessionToken));
        }

        var signature = SigV4Signer.Sign(
            new SigningRequest { Method = request.Method, Path = path, Query = request.Query, Headers = headers, PayloadHash = SigV4Signer.Hash(request.Body) },
            creds,
            endpoint.SigningRegion,
            model.SigningName,
            amzDate);

        var message = new HttpRequestMessage(new HttpMethod(request.Method), uri);
        foreach (var (name, value) in headers)
        {
            if (name is "Content-Type" or "Host")
            {
                continue;
            }

            message.Headers.TryAddWithoutValidation(name, value);
        }

        message.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.Body.Length > 0 || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
        }

        return message;
    }
}
