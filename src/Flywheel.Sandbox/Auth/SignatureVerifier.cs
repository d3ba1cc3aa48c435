using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Sandbox.Auth;

/// <summary>
/// Verifies SigV4 header signatures by recomputing them from the received request (method, raw path, raw query,
/// the headers the client says it signed, the SHA-256 of the body, X-Amz-Date) with Flywheel's own signer.
/// The signing time is not compared with the sandbox clock: the clock may be weeks ahead of the client's.
/// </summary>
internal sealed class SignatureVerifier(CredentialRegistry registry)
{
    private const int MaxSigningKeys = 10_000;
    private const string CredentialPrefix = "Credential=";
    private const string SignedHeadersPrefix = "SignedHeaders=";
    private const string SignaturePrefix = "Signature=";

    private readonly ConcurrentDictionary<(string Secret, string Date, string Region, string Service), byte[]> _signingKeys = new();

    public VerificationOutcome Verify(SignedRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Header("Authorization");
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return new(AuthFailure.MissingAuthentication, "Request is missing Authentication Token");
        }

        if (!authorization.StartsWith(SigV4Signer.Algorithm + " ", StringComparison.Ordinal))
        {
            return new(AuthFailure.IncompleteSignature, $"Authorization header requires '{SigV4Signer.Algorithm}' signing.");
        }

        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in authorization[(SigV4Signer.Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(CredentialPrefix, StringComparison.Ordinal))
            {
                credential = part[CredentialPrefix.Length..];
            }
            else if (part.StartsWith(SignedHeadersPrefix, StringComparison.Ordinal))
            {
                signedHeaders = part[SignedHeadersPrefix.Length..];
            }
            else if (part.StartsWith(SignaturePrefix, StringComparison.Ordinal))
            {
                signature = part[SignaturePrefix.Length..];
            }
        }

        var scope = credential?.Split('/');
        if (scope is not { Length: 5 } || scope[4] != "aws4_request" || signedHeaders is null || signature is null)
        {
            return new(AuthFailure.IncompleteSignature, "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }

        var (accessKeyId, date, region, service) = (scope[0], scope[1], scope[2], scope[3]);
        var amzDate = request.Header("X-Amz-Date");
        if (amzDate is null || !DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return new(AuthFailure.IncompleteSignature, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.") { Region = region, Service = service };
        }

        var caller = registry.Find(accessKeyId);
        if (caller is null)
        {
            return new(AuthFailure.UnknownAccessKey, "The security token included in the request is invalid.") { Region = region, Service = service };
        }

        if (caller.SessionToken is not null)
        {
            if (!string.Equals(request.Header(SigV4Signer.SessionTokenHeader), caller.SessionToken, StringComparison.Ordinal))
            {
                return new(AuthFailure.InvalidSessionToken, "The security token included in the request is invalid.") { Region = region, Service = service };
            }

            if (caller.Expiration <= now)
            {
                return new(AuthFailure.ExpiredToken, "The security token included in the request is expired") { Region = region, Service = service };
            }
        }

        var dateMatches = string.Equals(date, amzDate[..8], StringComparison.Ordinal);
        if (!dateMatches || !SignatureMatches(request, caller, signedHeaders, amzDate, signedAt, region, service, signature))
        {
            return new(AuthFailure.SignatureDoesNotMatch,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.")
            { Region = region, Service = service };
        }

        return new(AuthFailure.None, "") { Caller = caller, Region = region, Service = service };
    }

    // The signature Flywheel's signer computes for this request (SigV4Signer.Sign), without its per-request costs:
    // the signing key (four HMACs) is derived once per secret, day, region and service, and the usual canonical
    // headers (lower-case, sorted, single-spaced, as every SDK signs them) are joined directly. Anything else goes
    // through SigV4Signer.Sign itself.
    private bool SignatureMatches(SignedRequest request, RegisteredCredential caller, string signedHeaders, string amzDate, DateTimeOffset signedAt, string region, string service, string signature)
    {
        var payloadHash = SigV4Signer.Hash(request.Body.Span);
        var names = signedHeaders.Split(';');
        string? expected = null;
        var canonical = new StringBuilder(512);
        canonical.Append(request.Method.ToUpperInvariant()).Append('\n');
        canonical.Append(request.RawPath == "/" ? "/" : SigV4Signer.CanonicalUri(request.RawPath, normalize: true)).Append('\n');
        canonical.Append(SigV4Signer.CanonicalQuery(request.RawQuery)).Append('\n');
        for (var i = 0; i < names.Length && expected is null; i++)
        {
            var name = names[i];
            var value = request.Header(name) ?? "";
            if (!IsCanonicalName(name) || (i > 0 && string.CompareOrdinal(names[i - 1], name) >= 0) || !IsCollapsed(value))
            {
                expected = SignedBySigner(request, caller, names, payloadHash, region, service, signedAt);
                break;
            }

            canonical.Append(name).Append(':').Append(value).Append('\n');
        }

        if (expected is null)
        {
            canonical.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
            var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
            var stringToSign = $"{SigV4Signer.Algorithm}\n{amzDate}\n{scope}\n{SigV4Signer.Hash(Encoding.UTF8.GetBytes(canonical.ToString()))}";
            expected = Convert.ToHexStringLower(HMACSHA256.HashData(SigningKey(caller.SecretAccessKey, amzDate[..8], region, service), Encoding.UTF8.GetBytes(stringToSign)));
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    private static string SignedBySigner(SignedRequest request, RegisteredCredential caller, string[] names, string payloadHash, string region, string service, DateTimeOffset signedAt)
    {
        var headers = new List<KeyValuePair<string, string>>(names.Length);
        foreach (var name in names)
        {
            headers.Add(new(name, request.Header(name) ?? ""));
        }

        var signingRequest = new SigningRequest
        {
            Method = request.Method,
            Path = request.RawPath,
            Query = request.RawQuery,
            Headers = headers,
            PayloadHash = payloadHash,
        };
        return SigV4Signer.Sign(signingRequest, new AwsCredentials(caller.AccessKeyId, caller.SecretAccessKey), region, service, signedAt).Signature;
    }

    private byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var cacheKey = (secretAccessKey, date, region, service);
        if (_signingKeys.TryGetValue(cacheKey, out var key))
        {
            return key;
        }

        // Bounded: a long-running sandbox sees a new date every day and new keys on every AssumeRole.
        if (_signingKeys.Count >= MaxSigningKeys)
        {
            _signingKeys.Clear();
        }

        key = SigV4Signer.SigningKey(secretAccessKey, date, region, service);
        _signingKeys[cacheKey] = key;
        return key;
    }

    // Lower-case, trimmed and not empty: SigV4Signer would write it as it is.
    private static bool IsCanonicalName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c != char.ToLowerInvariant(c))
            {
                return false;
            }
        }

        return true;
    }

    // No leading or trailing white space and no white space but single spaces: SigV4Signer's collapse leaves it as it is.
    private static bool IsCollapsed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == value.Length - 1 || value[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
