using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Flywheel.Aws.Wire.Signing;
using Flywheel.Sandbox;

namespace Flywheel.Benchmarks.Sandbox;

/// <summary>
/// The sandbox serving DescribeDBInstances pages of 100 (MaxRecords=100, walking Marker) over loopback HTTP with
/// SigV4-signed requests, on an estate of 1 account × 1 region × 100,000 instances: one region is the worst case,
/// since every request takes the same region lock and pages the same 100,000 instances. One operation walks the
/// whole estate once (1,000 pages), split between <see cref="Clients"/> concurrent clients, each following the
/// Marker chain from its own starting page; the reported time is per page, so pages/s = 1 s ÷ mean.
/// Target: at least 2,000 pages/s. Setup prints the sandbox's start time (estate generation included) and the
/// estate's managed heap.
/// <c>./build.sh bench --filter '*SandboxDescribe*' --job short</c> (no "--" before the filter: build.sh passes it on as is).
/// </summary>
[MemoryDiagnoser]
public class SandboxDescribeBenchmark
{
    public const int Instances = 100_000;
    private const int PageSize = 100;
    private const int Pages = Instances / PageSize;

    private SandboxServer _server = null!;
    private HttpClient _http = null!;
    private SignedRdsClient _client = null!;
    private string?[] _markers = null!;

    [Params(1, 4, 16)]
    public int Clients { get; set; }

    /// <summary>1 account × 1 region × 100,000 instances (a quarter of them Aurora cluster members), the default mix otherwise.</summary>
    public static SandboxEstateSpec Estate() => new()
    {
        Accounts = 1,
        Regions = ["us-east-1"],
        InstancesPerRegion = Instances,
    };

    [GlobalSetup(Target = nameof(WalkEstate))]
    public void StartSandbox()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        _server = SandboxHost.StartAsync(new SandboxOptions { Port = 0, Estate = Estate() }, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        var started = clock.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true) - before;

        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var account = _server.Accounts[0];
        _client = new SignedRdsClient(_http, _server.Endpoint, new AwsCredentials(account.AccessKeyId, account.SecretAccessKey), "us-east-1", TimeProvider.System);

        // Walk the chain once: it checks the estate and gives each client the marker of its first page.
        var markers = new List<string?> { null };
        var total = 0;
        var bytes = 0L;
        while (true)
        {
            var page = _client.DescribeDbInstancesAsync(markers[^1], PageSize, CancellationToken.None).GetAwaiter().GetResult();
            total += page.Instances;
            bytes += page.Bytes;
            if (page.NextMarker is null)
            {
                break;
            }

            markers.Add(page.NextMarker);
        }

        if (total != Instances || markers.Count != Pages)
        {
            throw new InvalidOperationException($"Expected {Instances} instances in {Pages} pages, walked {total} in {markers.Count}.");
        }

        _markers = [.. markers];
        Console.WriteLine($"// sandbox estate: {Instances:N0} instances (1 account x 1 region), started in {started.TotalSeconds:F2} s, " +
            $"managed heap {heap / 1024.0 / 1024.0:F1} MiB after a full GC; {Pages} pages of {bytes / Pages / 1024.0:F1} KiB on average");
    }

    [GlobalCleanup(Target = nameof(WalkEstate))]
    public void StopSandbox()
    {
        _http.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>All 1,000 pages, split between the clients; time per page.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public async Task<int> WalkEstate()
    {
        var walks = new Task<int>[Clients];
        for (var c = 0; c < Clients; c++)
        {
            var first = c * Pages / Clients;
            var count = ((c + 1) * Pages / Clients) - first;
            walks[c] = WalkAsync(_markers[first], count);
        }

        var instances = await Task.WhenAll(walks).ConfigureAwait(false);
        return instances.Sum();
    }

    private async Task<int> WalkAsync(string? marker, int pages)
    {
        var instances = 0;
        for (var p = 0; p < pages; p++)
        {
            var page = await _client.DescribeDbInstancesAsync(marker, PageSize, CancellationToken.None).ConfigureAwait(false);
            instances += page.Instances;
            marker = page.NextMarker;
        }

        return instances;
    }
}
