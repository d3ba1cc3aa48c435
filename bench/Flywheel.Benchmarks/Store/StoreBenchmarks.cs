using BenchmarkDotNet.Attributes;
using Flywheel.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Flywheel.Benchmarks.Store;

/// <summary>
/// Recording a scan of 100,000 resources × N rules (10% failing), then the two history queries, on SQLite and,
/// when <c>FLYWHEEL_TEST_POSTGRES</c> is set, on PostgreSQL. Target: the first scan recorded in under 10 s on SQLite.
/// <c>dotnet run -c Release --project bench/Flywheel.Benchmarks -- --filter '*Store*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private ScanRecord _first = null!;
    private ScanRecord _next = null!;
    private ScanRecord _million = null!;
    private IFlywheelStore _store = null!;
    private string? _cleanup;

    [Params(100_000)]
    public int Resources { get; set; }

    [Params(5)]
    public int Rules { get; set; }

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "sqlite";

    /// <summary>SQLite, and PostgreSQL when a server is configured; <c>FLYWHEEL_BENCH_STORE=sqlite|postgres</c> picks one.</summary>
    public static IEnumerable<string> Stores()
    {
        var only = Environment.GetEnvironmentVariable("FLYWHEEL_BENCH_STORE");
        if (!string.IsNullOrWhiteSpace(only))
        {
            return [only];
        }

        return string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("FLYWHEEL_TEST_POSTGRES")) ? ["sqlite"] : ["sqlite", "postgres"];
    }

    [GlobalSetup]
    public void BuildScans()
    {
        _first = StoreBenchmarkData.Scan(Resources, Rules, 0, Start);
        _next = StoreBenchmarkData.Scan(Resources, Rules, 1, Start.AddDays(1));
    }

    /// <summary>200,000 resources × 5 rules, every verdict failing: one scan that opens 1,000,000 findings (1,000,000 events).</summary>
    [GlobalSetup(Targets = [nameof(RecordMillionEvents)])]
    public void BuildMillion() => _million = StoreBenchmarkData.Scan(200_000, 5, 0, Start, failEvery: 1);

    [GlobalSetup(Targets = [nameof(OpenFindings), nameof(ResourceHistory)])]
    public void PopulatedStore()
    {
        BuildScans();
        _store = OpenFresh();
        _store.RecordScanAsync(_first, CancellationToken.None).GetAwaiter().GetResult();
        _store.RecordScanAsync(_next, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup(Targets = [nameof(RecordFirstScan), nameof(RecordMillionEvents)])]
    public void EmptyStore() => _store = OpenFresh();

    [IterationSetup(Targets = [nameof(RecordNextScan)])]
    public void StoreWithOneScan()
    {
        _store = OpenFresh();
        _store.RecordScanAsync(_first, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationCleanup(Targets = [nameof(RecordFirstScan), nameof(RecordNextScan), nameof(RecordMillionEvents)])]
    public void DropStore() => Drop();

    [GlobalCleanup(Targets = [nameof(OpenFindings), nameof(ResourceHistory)])]
    public void DropPopulatedStore() => Drop();

    /// <summary>The first scan into an empty store: every failure opens a finding.</summary>
    [Benchmark]
    public ScanRecordOutcome RecordFirstScan() => _store.RecordScanAsync(_first, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The steady state: a scan over a store that holds the previous one (some resolve, some open).</summary>
    [Benchmark]
    public ScanRecordOutcome RecordNextScan() => _store.RecordScanAsync(_next, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Ingesting 1,000,000 finding events (opened) in one recorded scan.</summary>
    [Benchmark]
    public ScanRecordOutcome RecordMillionEvents() => _store.RecordScanAsync(_million, CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark]
    public int OpenFindings() => _store.FindAsync(new FindingFilter { OpenOnly = true }, CancellationToken.None).GetAwaiter().GetResult().Count;

    [Benchmark]
    public int ResourceHistory() => _store.HistoryAsync("db-50", CancellationToken.None).GetAwaiter().GetResult().Events.Count;

    private IFlywheelStore OpenFresh()
    {
        string db;
        if (Store == "sqlite")
        {
            var directory = Directory.CreateTempSubdirectory("flywheel-bench-").FullName;
            _cleanup = directory;
            db = Path.Combine(directory, "flywheel.db");
        }
        else
        {
            var schema = "bench_" + Guid.NewGuid().ToString("N");
            var connectionString = Environment.GetEnvironmentVariable("FLYWHEEL_TEST_POSTGRES")!;
            using (var connection = new NpgsqlConnection(connectionString))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
                command.ExecuteNonQuery();
            }

            _cleanup = schema;
            db = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        }

        var outcome = StoreFactory.OpenAsync(db, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        return outcome.Store ?? throw new InvalidOperationException(outcome.Error);
    }

    private void Drop()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_cleanup is null)
        {
            return;
        }

        if (Store == "sqlite")
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_cleanup, recursive: true);
        }
        else
        {
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("FLYWHEEL_TEST_POSTGRES"));
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA {_cleanup} CASCADE", connection);
            command.ExecuteNonQuery();
        }

        _cleanup = null;
    }
}
