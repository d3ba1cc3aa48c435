using System.Text;
using System.Text.Json.Nodes;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Aws.Wire.Signing;
using Flywheel.Sandbox;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>
/// Every read operation the embedded models hold that the sandbox answers without input, through the real client:
/// the output the transcoders write must equal what the tree readers they replaced make of the same body, and the
/// XML transcoder's bytes what the XmlReader transcoder wrote.
/// </summary>
public sealed class TranscoderSandboxTests
{
    private static readonly string[] Services = ["rds", "ec2", "kms", "secretsmanager", "cloudtrail", "guardduty", "organizations", "sts"];

    [Fact]
    public async Task InvokeAsync_EverySandboxReadOperation_MatchesTheTreeReaders()
    {
        await using var server = await SandboxHost.StartAsync(
            new SandboxOptions { Estate = new SandboxEstateSpec { Accounts = 1, Regions = ["us-east-1"], InstancesPerRegion = 8, KeysPerRegion = 2, SecretsPerRegion = 3 } },
            TimeProvider.System,
            TestContext.Current.CancellationToken);
        var account = server.Accounts[0];
        var recorder = new RecordingBodyHandler(new SocketsHttpHandler());
        using var http = new HttpClient(recorder);
        var options = new RetryOptions { MaxAttempts = 1 };
        var wire = new AwsWireClient(
            http,
            new OverriddenEndpointResolver(PartitionEndpointResolver.Default, server.Endpoint),
            new StaticCredentialsSource(new AwsCredentials(account.AccessKeyId, account.SecretAccessKey)),
            new StandardRetryStrategy(options, new RetryQuota(options), () => 0.5),
            new RateLimiterRegistry(TimeProvider.System),
            TimeProvider.System);

        var compared = new List<string>();
        var mismatches = new List<string>();
        var xml = 0;
        foreach (var service in Services)
        {
            var model = ServiceModel.Load(service);
            foreach (var operation in model.Operations.Values.Where(o => o.Name.StartsWith("Describe", StringComparison.Ordinal) || o.Name.StartsWith("List", StringComparison.Ordinal) || o.Name.StartsWith("Get", StringComparison.Ordinal)))
            {
                var result = await wire.InvokeAsync(new AwsCallScope("us-east-1", account.AccountId), operation, [], TestContext.Current.CancellationToken);
                if (!result.Succeeded)
                {
                    continue;
                }

                using var output = result.Value;
                var legacy = LegacyProtocolReader.Read(operation, recorder.LastBody);
                compared.Add($"{service}.{operation.Name}");
                if (!JsonNode.DeepEquals(output.ToTree(), legacy))
                {
                    mismatches.Add($"{service}.{operation.Name}: {output.ToTree().ToJsonString()} <> {legacy?.ToJsonString()}");
                }

                if (model.Protocol is "query" or "ec2")
                {
                    // The XML transcoder's output must be byte for byte what the XmlReader transcoder wrote.
                    var json = Encoding.UTF8.GetString(output.Json);
                    var before = XmlDifferential.Legacy(model, operation.Name, recorder.LastBody);
                    if (!before.StartsWith(json + "\0", StringComparison.Ordinal))
                    {
                        mismatches.Add($"{service}.{operation.Name}: {json} <> XmlReader transcoder {before}");
                    }

                    xml++;
                }
            }
        }

        mismatches.ShouldBeEmpty();
        compared.ShouldContain("rds.DescribeDBInstances");
        compared.ShouldContain("ec2.DescribeSecurityGroups");
        compared.ShouldContain("secretsmanager.ListSecrets");
        compared.Count.ShouldBeGreaterThan(15, string.Join(", ", compared));
        xml.ShouldBeGreaterThan(8);
    }
}
