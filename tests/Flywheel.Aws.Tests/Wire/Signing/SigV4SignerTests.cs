using System.Globalization;
using System.Text;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Tests.Wire.Signing;

/// <summary>Every case of the official AWS SigV4 test suite: canonical request, string to sign and Authorization.</summary>
public sealed class SigV4SignerTests
{
    private static readonly AwsCredentials SuiteCredentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly string VectorRoot = Path.Combine(AppContext.BaseDirectory, "Wire", "Signing", "Vectors");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var req in Directory.EnumerateFiles(VectorRoot, "*.req", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(VectorRoot, req[..^".req".Length]));
        }

        return data;
    }

    [Fact]
    public void Cases_TestSuite_IsComplete()
    {
        Cases().Count.ShouldBe(34);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sign_OfficialTestVector_MatchesEveryIntermediate(string vector)
    {
        var basePath = Path.Combine(VectorRoot, vector);
        var (request, time) = ParseRequest(File.ReadAllText(basePath + ".req"));

        // The one vector with temporary credentials expects the token to be added and signed.
        var credentials = vector.StartsWith("get-vanilla-with-session-token", StringComparison.Ordinal)
            ? SuiteCredentials with { SessionToken = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267" }
            : SuiteCredentials;

        var result = SigV4Signer.Sign(request, credentials, "us-east-1", "service", time);

        result.CanonicalRequest.ShouldBe(File.ReadAllText(basePath + ".creq"));
        result.StringToSign.ShouldBe(File.ReadAllText(basePath + ".sts"));
        result.Authorization.ShouldBe(File.ReadAllText(basePath + ".authz"));
    }

    [Fact]
    public void Sign_WrongSecret_GivesADifferentSignature()
    {
        var (request, time) = ParseRequest(File.ReadAllText(Path.Combine(VectorRoot, "get-vanilla", "get-vanilla.req")));

        var result = SigV4Signer.Sign(request, SuiteCredentials with { SecretAccessKey = "not-the-secret" }, "us-east-1", "service", time);

        result.Authorization.ShouldNotBe(File.ReadAllText(Path.Combine(VectorRoot, "get-vanilla", "get-vanilla.authz")));
    }

    [Fact]
    public void CanonicalUri_WireEncodedPath_IsEncodedTwiceAsNonS3ServicesExpect()
    {
        SigV4Signer.CanonicalUri("/detector/abc%20def", normalize: true).ShouldBe("/detector/abc%2520def");
    }

    [Fact]
    public void ToString_Credentials_NeverShowsTheSecret()
    {
        SuiteCredentials.ToString().ShouldNotContain("EXAMPLEKEY");
    }

    private static (SigningRequest Request, DateTimeOffset Time) ParseRequest(string raw)
    {
        var headerEnd = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? raw : raw[..headerEnd];
        var body = headerEnd < 0 ? "" : raw[(headerEnd + 2)..];
        var lines = head.Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]))
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        var amzDate = headers.First(h => h.Key.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase)).Value;
        var time = DateTimeOffset.ParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var request = new SigningRequest
        {
            Method = method,
            Path = question < 0 ? target : target[..question],
            Query = question < 0 ? "" : target[(question + 1)..],
            Headers = headers,
            PayloadHash = SigV4Signer.Hash(Encoding.UTF8.GetBytes(body)),
        };
        return (request, time);
    }
}
