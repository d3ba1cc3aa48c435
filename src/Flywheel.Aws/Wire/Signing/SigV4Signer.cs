using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flywheel.Aws.Wire.Signing;

/// <summary>
/// AWS Signature Version 4 (header-based), as specified in the AWS General Reference and checked against the
/// official test suite (shared/fixtures/sigv4-testsuite). Pure: the time is an argument.
/// </summary>
internal static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public const string SessionTokenHeader = "X-Amz-Security-Token";

    public static readonly string EmptyPayloadHash = Hash(ReadOnlySpan<byte>.Empty);

    public static SignatureResult Sign(SigningRequest request, AwsCredentials credentials, string region, string service, DateTimeOffset time, bool normalizePath = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var amzDate = time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";

        // Temporary credentials: the session token is a signed header (the caller sends the same header).
        var headers = request.Headers;
        if (credentials.SessionToken is not null && !headers.Any(h => h.Key.Equals(SessionTokenHeader, StringComparison.OrdinalIgnoreCase)))
        {
            headers = [.. headers, new KeyValuePair<string, string>(SessionTokenHeader, credentials.SessionToken)];
        }

        var (canonicalHeaders, signedHeaders) = CanonicalHeaders(headers);
        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(),
            CanonicalUri(request.Path, normalizePath),
            CanonicalQuery(request.Query),
            canonicalHeaders,
            signedHeaders,
            request.PayloadHash);
        var stringToSign = string.Join('\n', Algorithm, amzDate, scope, Hash(Encoding.UTF8.GetBytes(canonicalRequest)));

        var key = SigningKey(credentials.SecretAccessKey, date, region, service);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SignatureResult(canonicalRequest, stringToSign, signature, signedHeaders, authorization);
    }

    public static string Hash(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        var kRegion = HMACSHA256.HashData(kDate, Encoding.UTF8.GetBytes(region));
        var kService = HMACSHA256.HashData(kRegion, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(kService, "aws4_request"u8);
    }

    internal static string CanonicalUri(string path, bool normalize)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        var segments = path.Split('/');
        IEnumerable<string> kept = segments;
        if (normalize)
        {
            // RFC 3986 remove_dot_segments, plus collapsing empty segments ("//"), keeping a trailing slash.
            var stack = new List<string>();
            foreach (var segment in segments)
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == "..")
                {
                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    continue;
                }

                stack.Add(segment);
            }

            var trailing = stack.Count > 0 && (path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal));
            return "/" + string.Join('/', stack.Select(s => UriEncode(s))) + (trailing ? "/" : "");
        }

        return string.Join('/', kept.Select(s => UriEncode(s)));
    }

    internal static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return "";
        }

        var pairs = new List<(string Key, string Value)>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((UriEncode(Uri.UnescapeDataString(key)), UriEncode(Uri.UnescapeDataString(value))));
        }

        return string.Join('&', pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
    }

    private static (string Canonical, string Signed) CanonicalHeaders(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var grouped = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            if (!grouped.TryGetValue(key, out var values))
            {
                grouped[key] = values = [];
            }

            values.Add(CollapseWhitespace(value));
        }

        var canonical = new StringBuilder();
        foreach (var (name, values) in grouped)
        {
            canonical.Append(name).Append(':').Append(string.Join(',', values)).Append('\n');
        }

        return (canonical.ToString(), string.Join(';', grouped.Keys));
    }

    // Trims and turns every run of whitespace (including folded lines) into one space.
    private static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Percent-encodes every byte of the UTF-8 form except the RFC 3986 unreserved characters.</summary>
    internal static string UriEncode(string value, bool encodeSlash = true)
    {
        var builder = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' || (c == '/' && !encodeSlash))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
