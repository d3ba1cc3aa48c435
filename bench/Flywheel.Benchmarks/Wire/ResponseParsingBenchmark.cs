using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.SecretsManager;
using Flywheel.Aws.Wire.Credentials;
using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Aws.Wire.Signing;
using Flywheel.Sandbox;
using KmsModel = Flywheel.Aws.Clients.Kms.Model;
using RdsModel = Flywheel.Aws.Clients.Rds.Model;
using SecretsModel = Flywheel.Aws.Clients.SecretsManager.Model;

namespace Flywheel.Benchmarks.Wire;

/// <summary>
/// The wire client's response path on real sandbox replies, recorded once in setup through the client itself: a
/// DescribeDBInstances page of 100 instances and a DescribeDBSnapshots page of 100 (query XML), KMS DescribeKey
/// and ListKeys, and a Secrets Manager ListSecrets page of 100 (json). Each "parse + bind" benchmark turns the body
/// bytes into the typed response as <c>ServiceInvoker</c> does; <see cref="InvokeDescribeDbInstances"/> goes through
/// the whole client (sign, HttpClient over an in-memory handler, body read, parse, bind). The "Transcode" benchmarks
/// measure the XML → member-keyed JSON step alone.
/// <c>dotnet run -c Release --project bench/Flywheel.Benchmarks -- --filter '*ResponseParsing*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class ResponseParsingBenchmark
{
    private static readonly AwsCallScope Scope = new("us-east-1", "111111111111");

    private RecordedReply _instances = null!;
    private RecordedReply _snapshots = null!;
    private RecordedReply _describeKey = null!;
    private RecordedReply _listKeys = null!;
    private RecordedReply _secrets = null!;
    private HttpClient _replayHttp = null!;
    private RdsApi _replayRds = null!;

    [GlobalSetup]
    public void Record()
    {
        var estate = new SandboxEstateSpec
        {
            Accounts = 1,
            Regions = ["us-east-1"],
            InstancesPerRegion = 140,
            ManualSnapshotsPerInstance = 1,
            KeysPerRegion = 5,
            SecretsPerRegion = 100,
        };
        var server = SandboxHost.StartAsync(new SandboxOptions { Port = 0, Estate = estate }, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            var account = server.Accounts[0];
            var recorder = new RecordingHandler(new SocketsHttpHandler());
            using var http = new HttpClient(recorder);
            var wire = Client(http, new OverriddenEndpointResolver(PartitionEndpointResolver.Default, server.Endpoint), new AwsCredentials(account.AccessKeyId, account.SecretAccessKey));
            var ct = CancellationToken.None;
            var rds = new RdsApi(wire, Scope);
            var kms = new KmsApi(wire, Scope);
            Check(rds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest { MaxRecords = 100 }, ct).GetAwaiter().GetResult().Value?.DBInstances?.Count, 100);
            Check(rds.DescribeDBSnapshotsAsync(new RdsModel.DescribeDBSnapshotsRequest { MaxRecords = 100 }, ct).GetAwaiter().GetResult().Value?.DBSnapshots?.Count, 100);
            var keys = kms.ListKeysAsync(new KmsModel.ListKeysRequest { Limit = 100 }, ct).GetAwaiter().GetResult().Value!.Keys!;
            var keyId = keys[0].KeyId!;
            Check(kms.DescribeKeyAsync(new KmsModel.DescribeKeyRequest { KeyId = keyId }, ct).GetAwaiter().GetResult().Value?.KeyMetadata?.KeyId == keyId ? 1 : 0, 1);
            Check(new SecretsManagerApi(wire, Scope).ListSecretsAsync(new SecretsModel.ListSecretsRequest { MaxResults = 100 }, ct).GetAwaiter().GetResult().Value?.SecretList?.Count, 100);
            (_instances, _snapshots, _listKeys, _describeKey, _secrets) = (recorder.Replies[0], recorder.Replies[1], recorder.Replies[2], recorder.Replies[3], recorder.Replies[4]);
            Console.WriteLine($"// bodies: DescribeDBInstances {_instances.Body.Length / 1024.0:F1} KiB, DescribeDBSnapshots {_snapshots.Body.Length / 1024.0:F1} KiB, " +
                $"ListKeys {_listKeys.Body.Length / 1024.0:F1} KiB, DescribeKey {_describeKey.Body.Length / 1024.0:F1} KiB, ListSecrets {_secrets.Body.Length / 1024.0:F1} KiB");
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _replayHttp = new HttpClient(new ReplayHandler(_instances));
        _replayRds = new RdsApi(Client(_replayHttp, PartitionEndpointResolver.Default, new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")), Scope);
    }

    [GlobalCleanup]
    public void Cleanup() => _replayHttp.Dispose();

    [Benchmark]
    public int RdsDescribeDbInstances() => ParseAndBind("rds", "DescribeDBInstances", _instances, RdsJsonContext.Default.DescribeDBInstancesResponse).DBInstances!.Count;

    [Benchmark]
    public int RdsDescribeDbSnapshots() => ParseAndBind("rds", "DescribeDBSnapshots", _snapshots, RdsJsonContext.Default.DescribeDBSnapshotsResponse).DBSnapshots!.Count;

    /// <summary>The XML → member-keyed JSON transcoder alone on the DescribeDBInstances page (no binding).</summary>
    [Benchmark]
    public int TranscodeDescribeDbInstances() => Transcode("DescribeDBInstances", _instances);

    /// <summary>The XML → member-keyed JSON transcoder alone on the DescribeDBSnapshots page (no binding).</summary>
    [Benchmark]
    public int TranscodeDescribeDbSnapshots() => Transcode("DescribeDBSnapshots", _snapshots);

    [Benchmark]
    public string KmsDescribeKey() => ParseAndBind("kms", "DescribeKey", _describeKey, KmsJsonContext.Default.DescribeKeyResponse).KeyMetadata!.KeyId!;

    [Benchmark]
    public int KmsListKeys() => ParseAndBind("kms", "ListKeys", _listKeys, KmsJsonContext.Default.ListKeysResponse).Keys!.Count;

    [Benchmark]
    public int SecretsListSecrets() => ParseAndBind("secretsmanager", "ListSecrets", _secrets, SecretsManagerJsonContext.Default.ListSecretsResponse).SecretList!.Count;

    /// <summary>The whole client on the DescribeDBInstances reply: serialize, sign, send (in memory), read the body, parse, bind.</summary>
    [Benchmark]
    public async Task<int> InvokeDescribeDbInstances()
    {
        var result = await _replayRds.DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest { MaxRecords = 100 }, CancellationToken.None).ConfigureAwait(false);
        return result.Value!.DBInstances!.Count;
    }

    private static T ParseAndBind<T>(string service, string operation, RecordedReply reply, JsonTypeInfo<T> info)
    {
        var model = ServiceModel.Load(service);
        var result = WireProtocols.For(model).Parse(model.Operation(operation), new WireResponse(reply.Status, reply.Headers, reply.Body));
        using var output = result.Value!;
        return JsonSerializer.Deserialize(output.Json, info)!;
    }

    private static int Transcode(string operation, RecordedReply reply)
    {
        var model = ServiceModel.Load("rds");
        var result = WireProtocols.For(model).Parse(model.Operation(operation), new WireResponse(reply.Status, reply.Headers, reply.Body));
        using var output = result.Value!;
        return output.Json.Length;
    }

    private static AwsWireClient Client(HttpClient http, IEndpointResolver endpoints, AwsCredentials credentials)
    {
        var options = new RetryOptions();
        return new AwsWireClient(http, endpoints, new StaticCredentialsSource(credentials), new StandardRetryStrategy(options, new RetryQuota(options), Random.Shared.NextDouble), new RateLimiterRegistry(TimeProvider.System), TimeProvider.System);
    }

    private static void Check(int? actual, int expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Expected {expected} items from the sandbox, got {actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an error"}.");
        }
    }
}
