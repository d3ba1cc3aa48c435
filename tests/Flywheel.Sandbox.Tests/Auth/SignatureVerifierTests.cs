using System.Security.Cryptography;
using System.Text;
using Flywheel.Sandbox.Auth;

namespace Flywheel.Sandbox.Tests.Auth;

public sealed class SignatureVerifierTests
{
    private const string AccessKeyId = "AKIAEXAMPLE000000001";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private const string AmzDate = "20260115T120000Z";
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 5, TimeSpan.Zero);

    [Fact]
    public void Verify_SameKeyDayRegionServiceTwice_BothSignaturesChecked()
    {
        var verifier = CreateSut();
        var first = Signed("Action=DescribeDBInstances&Version=2014-10-31", "host;x-amz-date", ("Host", "127.0.0.1:4566"), ("X-Amz-Date", AmzDate));
        var second = Signed("Action=DescribeDBSnapshots&Version=2014-10-31", "host;x-amz-date", ("Host", "127.0.0.1:4566"), ("X-Amz-Date", AmzDate));

        verifier.Verify(first, Now).Failure.ShouldBe(AuthFailure.None);
        var outcome = verifier.Verify(second, Now);

        outcome.Failure.ShouldBe(AuthFailure.None);
        outcome.Caller!.AccountId.ShouldBe("123456789012");
        (outcome.Region, outcome.Service).ShouldBe(("us-east-1", "rds"));
    }

    [Fact]
    public void Verify_BodyChangedAfterAnEarlierRequestWithTheSameKey_SignatureDoesNotMatch()
    {
        var verifier = CreateSut();
        var signed = Signed("Action=DescribeDBInstances&Version=2014-10-31", "host;x-amz-date", ("Host", "127.0.0.1:4566"), ("X-Amz-Date", AmzDate));
        verifier.Verify(signed, Now).Failure.ShouldBe(AuthFailure.None);

        var tampered = signed with { Body = Encoding.UTF8.GetBytes("Action=DeleteDBInstance&Version=2014-10-31") };

        verifier.Verify(tampered, Now).Failure.ShouldBe(AuthFailure.SignatureDoesNotMatch);
    }

    [Fact]
    public void Verify_UnsortedUpperCaseNamesAndFoldedWhiteSpace_VerifiedAsTheSignerCanonicalizesThem()
    {
        var verifier = CreateSut();
        var signed = Signed("{}", "X-Amz-Target;host;x-amz-date", ("Host", "127.0.0.1:4566"), ("X-Amz-Date", AmzDate), ("X-Amz-Target", "  TrentService.ListKeys   with\tspaces "));

        verifier.Verify(signed, Now).Failure.ShouldBe(AuthFailure.None);
        verifier.Verify(signed with { Body = "{\"Limit\":1}"u8.ToArray() }, Now).Failure.ShouldBe(AuthFailure.SignatureDoesNotMatch);
    }

    [Fact]
    public void Verify_PathAndQueryString_PartOfTheSignature()
    {
        var verifier = CreateSut();
        var signed = Signed("", "host;x-amz-date", ("Host", "127.0.0.1:4566"), ("X-Amz-Date", AmzDate)) with { RawPath = "/detector/abc", RawQuery = "maxResults=50&b=%20x" };
        signed = signed with { Header = Resign(signed) };

        verifier.Verify(signed, Now).Failure.ShouldBe(AuthFailure.None);
        verifier.Verify(signed with { RawQuery = "maxResults=49&b=%20x" }, Now).Failure.ShouldBe(AuthFailure.SignatureDoesNotMatch);
    }

    private static SignatureVerifier CreateSut()
    {
        var registry = new CredentialRegistry();
        registry.Register(new RegisteredCredential(AccessKeyId, Secret, "123456789012", "arn:aws:iam::123456789012:user/admin", "AIDAEXAMPLE"));
        return new SignatureVerifier(registry);
    }

    // Signs with an independent SigV4 (lower-cased, sorted, trimmed and single-spaced headers), keeping the client's
    // SignedHeaders spelling in the Authorization header.
    private static SignedRequest Signed(string body, string signedHeaders, params (string Name, string Value)[] headers)
    {
        var request = new SignedRequest("POST", "/", "", _ => null, Encoding.UTF8.GetBytes(body));
        var all = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
        request = request with { Header = name => all.GetValueOrDefault(name) };
        all["Authorization"] = Authorization(request, signedHeaders);
        return request;
    }

    private static Func<string, string?> Resign(SignedRequest request)
    {
        var authorization = request.Header("Authorization")!;
        var signedHeaders = authorization.Split("SignedHeaders=")[1].Split(',')[0];
        var fresh = Authorization(request, signedHeaders);
        return name => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? fresh : request.Header(name);
    }

    private static string Authorization(SignedRequest request, string signedHeaders)
    {
        var names = signedHeaders.Split(';').Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        var canonicalHeaders = string.Concat(names.Select(n => $"{n}:{string.Join(' ', request.Header(n)!.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))}\n"));
        var query = string.Join('&', request.RawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var canonical = string.Join('\n', request.Method, request.RawPath, query, canonicalHeaders, string.Join(';', names), Hex(SHA256.HashData(request.Body.Span)));
        var scope = $"{AmzDate[..8]}/us-east-1/rds/aws4_request";
        var toSign = string.Join('\n', "AWS4-HMAC-SHA256", AmzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var key = Encoding.UTF8.GetBytes("AWS4" + Secret);
        foreach (var part in new[] { AmzDate[..8], "us-east-1", "rds", "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return $"AWS4-HMAC-SHA256 Credential={AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)))}";
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
