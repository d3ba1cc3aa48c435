using System.Globalization;
using System.Text.RegularExpressions;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>Recomputes a captured request's SigV4 signature from what was actually sent and compares it.</summary>
internal static partial class SignatureAssert
{
    public static void IsValid(CapturedRequest request, AwsCredentials credentials, string region, string service)
    {
        var authorization = request.Header("Authorization");
        authorization.ShouldNotBeNull();
        var match = AuthorizationPattern().Match(authorization);
        match.Success.ShouldBeTrue(authorization);
        match.Groups["key"].Value.ShouldBe(credentials.AccessKeyId);
        match.Groups["region"].Value.ShouldBe(region);
        match.Groups["service"].Value.ShouldBe(service);

        var amzDate = request.Header("X-Amz-Date");
        amzDate.ShouldNotBeNull();
        var time = DateTimeOffset.ParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var signedNames = match.Groups["signed"].Value.Split(';');
        signedNames.ShouldContain("host");
        signedNames.ShouldContain("x-amz-date");
        var host = request.Uri.IsDefaultPort ? request.Uri.Host : request.Uri.Authority;
        var headers = signedNames
            .Select(name => new KeyValuePair<string, string>(name, name == "host" ? host : request.Header(name) ?? throw new ShouldAssertException($"Signed header {name} was not sent.")))
            .ToList();
        var expected = SigV4Signer.Sign(
            new SigningRequest { Method = request.Method, Path = request.Uri.AbsolutePath, Query = request.Uri.Query.TrimStart('?'), Headers = headers, PayloadHash = SigV4Signer.Hash(request.Body) },
            credentials,
            region,
            service,
            time);
        authorization.ShouldBe(expected.Authorization);
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, SignedHeaders=(?<signed>[^,]+), Signature=[0-9a-f]{64}$")]
    private static partial Regex AuthorizationPattern();
}
