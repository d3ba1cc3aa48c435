using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Benchmarks.Sandbox;

/// <summary>
/// The least a client must do to page DescribeDBInstances over HTTP: sign each request with Flywheel's SigV4 signer,
/// send it, and find the next Marker in the reply. It does not parse the instances, so the benchmark measures the
/// sandbox rather than an XML reader.
/// </summary>
internal sealed class SignedRdsClient(HttpClient http, Uri endpoint, AwsCredentials credentials, string region, TimeProvider time)
{
    private static readonly byte[] MarkerStart = Encoding.ASCII.GetBytes("<Marker>");
    private static readonly byte[] MarkerEnd = Encoding.ASCII.GetBytes("</Marker>");
    private static readonly byte[] InstanceStart = Encoding.ASCII.GetBytes("<DBInstance>");

    private readonly string _host = $"{endpoint.Host}:{endpoint.Port}";

    /// <summary>One page of up to <paramref name="maxRecords"/> instances after <paramref name="marker"/>.</summary>
    public async Task<RdsPage> DescribeDbInstancesAsync(string? marker, int maxRecords, CancellationToken cancellationToken)
    {
        var form = $"Action=DescribeDBInstances&Version=2014-10-31&MaxRecords={maxRecords}"
            + (marker is null ? "" : "&Marker=" + Uri.EscapeDataString(marker));
        var body = Encoding.UTF8.GetBytes(form);
        var amzDate = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        const string contentType = "application/x-www-form-urlencoded; charset=utf-8";
        var signature = SigV4Signer.Sign(
            new SigningRequest
            {
                Method = "POST",
                Path = "/",
                Headers = [new("Content-Type", contentType), new("Host", _host), new("X-Amz-Date", amzDate)],
                PayloadHash = SigV4Signer.Hash(body),
            },
            credentials,
            region,
            "rds",
            time.GetUtcNow());

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

        // Read into a pooled buffer: a page is ~400 KB, and a fresh array per page would put the client's garbage
        // collections (large-object heap) into the measurement.
        var buffer = ArrayPool<byte>.Shared.Rent(512 * 1024);
        try
        {
            var length = 0;
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            var reply = buffer.AsSpan(0, length);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"DescribeDBInstances answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(reply)}");
            }

            return new RdsPage(NextMarker(reply), Count(reply, InstanceStart), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? NextMarker(ReadOnlySpan<byte> body)
    {
        var start = body.IndexOf(MarkerStart);
        if (start < 0)
        {
            return null;
        }

        var rest = body[(start + MarkerStart.Length)..];
        var end = rest.IndexOf(MarkerEnd);
        return end < 0 ? null : System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(rest[..end]));
    }

    private static int Count(ReadOnlySpan<byte> body, ReadOnlySpan<byte> value)
    {
        var count = 0;
        int at;
        while ((at = body.IndexOf(value)) >= 0)
        {
            count++;
            body = body[(at + value.Length)..];
        }

        return count;
    }
}
