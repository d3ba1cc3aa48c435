using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Flywheel.Sandbox.Tests.Support;

/// <summary>Sends SigV4-signed query and json requests the way the SDKs do, for in-process tests.</summary>
internal sealed class SigningClient(Uri endpoint, string accessKeyId, string secretAccessKey, TimeProvider time, string? sessionToken = null) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = endpoint };

    public string Region { get; init; } = "us-east-1";

    public SigningClient As(string accessKey, string secret, string? token = null) => new(endpoint, accessKey, secret, time, token) { Region = Region };

    public async Task<AwsReply> QueryAsync(string service, string action, params (string Name, string Value)[] parameters)
    {
        var version = service switch { "rds" => "2014-10-31", "sts" => "2011-06-15", "ec2" => "2016-11-15", _ => "" };
        var form = string.Join('&', new[] { ("Action", action), ("Version", version) }.Concat(parameters)
            .Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
        return await SendAsync(service, form, "application/x-www-form-urlencoded; charset=utf-8", target: null);
    }

    public async Task<AwsReply> JsonAsync(string service, string target, JsonObject? body = null) =>
        await SendAsync(service, (body ?? []).ToJsonString(), "application/x-amz-json-1.1", target);

    private async Task<AwsReply> SendAsync(string service, string body, string contentType, string? target)
    {
        var host = $"{endpoint.Host}:{endpoint.Port}";
        var amzDate = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Content-Type", contentType),
            new("Host", host),
            new("X-Amz-Date", amzDate),
        };
        if (target is not null)
        {
            headers.Add(new("X-Amz-Target", target));
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        var authorization = Authorization(headers, bytes, service, amzDate);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        if (sessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", sessionToken);
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new AwsReply((int)response.StatusCode, text, response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.First() : null);
    }

    // An independent SigV4 (POST to "/", no query string), so the sandbox's verifier is not checked against itself.
    private string Authorization(List<KeyValuePair<string, string>> headers, byte[] body, string service, string amzDate)
    {
        if (sessionToken is not null)
        {
            headers = [.. headers, new("X-Amz-Security-Token", sessionToken)];
        }

        var sorted = headers.Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value.Trim())).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
        var signedHeaders = string.Join(';', sorted.Select(h => h.Name));
        var canonical = string.Join('\n', "POST", "/", "", string.Concat(sorted.Select(h => $"{h.Name}:{h.Value}\n")), signedHeaders, Hex(SHA256.HashData(body)));
        var scope = $"{amzDate[..8]}/{Region}/{service}/aws4_request";
        var toSign = string.Join('\n', "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in new[] { amzDate[..8], Region, service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    public void Dispose() => _http.Dispose();
}
