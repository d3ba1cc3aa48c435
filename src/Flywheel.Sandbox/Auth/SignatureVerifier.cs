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
    private const string CredentialPrefix = "Credential=";
    private const string SignedHeadersPrefix = "SignedHeaders=";
    private const string SignaturePrefix = "Signature=";

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

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var name in signedHeaders.Split(';'))
        {
            headers.Add(new(name, request.Header(name) ?? ""));
        }

        var signingRequest = new SigningRequest
        {
            Method = request.Method,
            Path = request.RawPath,
            Query = request.RawQuery,
            Headers = headers,
            PayloadHash = SigV4Signer.Hash(request.Body.Span),
        };
        var expected = SigV4Signer.Sign(signingRequest, new AwsCredentials(caller.AccessKeyId, caller.SecretAccessKey), region, service, signedAt);
        var dateMatches = string.Equals(date, amzDate[..8], StringComparison.Ordinal);
        if (!dateMatches || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected.Signature), Encoding.ASCII.GetBytes(signature)))
        {
            return new(AuthFailure.SignatureDoesNotMatch,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.")
            { Region = region, Service = service };
        }

        return new(AuthFailure.None, "") { Caller = caller, Region = region, Service = service };
    }
}
