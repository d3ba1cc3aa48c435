using Flywheel.Aws.Accounts;
using Flywheel.Cli.Rendering;
using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Rules.Catalog;
using Flywheel.Sources.Export;
using Flywheel.Store;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Cli.Tests.Support;

/// <summary>
/// Runs the real command tree in-process: fixed clock (Some.Now), an in-memory inventory, captured stdout/stderr and a
/// plain 120-column console, so output is deterministic.
/// </summary>
internal sealed class CliHarness
{
    /// <summary>A relative directory that exists under the test's working directory, so reports show a stable path.</summary>
    public const string ExportDir = "export-fixture";

    public const int Width = 160;

    public InventorySnapshot Inventory { get; set; } = new InventoryBuilder().With(Some.Instance()).Build();

    public Exception? CollectorFailure { get; set; }

    public Func<string, PolicyLoadResult> LoadPolicy { get; set; } = path => throw new InvalidOperationException($"no policy expected, got {path}");

    public Func<string> PolicyTemplate { get; set; } = () => "# starter policy\nrules: {}\n";

    public Func<string> PolicySchema { get; set; } = () => """{"$schema":"https://json-schema.org/draft/2020-12/schema"}""";

    public List<string> CollectedDirectories { get; } = [];

    /// <summary>The clock every run sees; advance it between runs to record scans at different times.</summary>
    public DateTimeOffset Now { get; set; } = Some.Now;

    /// <summary>A SQLite store of this harness alone, used when a command gets no <c>--db</c>.</summary>
    public string DefaultDb { get; } = Path.Combine(Path.GetTempPath(), "flywheel-cli-tests", Guid.NewGuid().ToString("N") + ".db");

    /// <summary>The catalogue the command sees; scan tests narrow it to the rules their samples are about.</summary>
    public RuleRegistry Registry { get; set; } = BuiltInRules.CreateRegistry();

    /// <summary>A registry of only the given built-in rules.</summary>
    public static RuleRegistry Only(params string[] ruleIds) =>
        new(BuiltInRules.CreateRegistry().Rules.Where(r => ruleIds.Contains(r.Id, StringComparer.Ordinal)));

    /// <summary>
    /// Runs on the real clock instead of the fixed <see cref="Now"/>: live commands wait on it (retry backoff, the
    /// adaptive rate limiter), and a fake clock nobody advances would wait forever.
    /// </summary>
    public bool RealClock { get; set; }

    /// <summary>For the export a command reads: the real directory reader instead of <see cref="Inventory"/>.</summary>
    public bool ReadExports { get; set; }

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        return await RunAsync(stdout, TestContext.Current.CancellationToken, args);
    }

    /// <summary>Runs with a stdout of the caller's and a token the caller may cancel (for long-running commands).</summary>
    public async Task<CliRun> RunAsync(StringWriter stdout, CancellationToken cancellationToken, params string[] args)
    {
        Directory.CreateDirectory(ExportDir);
        using var stderr = new StringWriter { NewLine = "\n" };
        TimeProvider time = RealClock ? TimeProvider.System : new FakeTimeProvider(Now);
        Directory.CreateDirectory(Path.GetDirectoryName(DefaultDb)!);
        var services = new CliServices
        {
            TimeProvider = time,
            Registry = Registry,
            ConnectAws = (options, cancellationToken) => AwsConnection.OpenAsync(options, time, cancellationToken),
            CollectorFactory = directory =>
            {
                CollectedDirectories.Add(directory);
                return ReadExports ? new ExportDirectoryCollector(directory, time) : new InMemoryCollector(Inventory, CollectorFailure);
            },
            Stdout = stdout,
            Stderr = stderr,
            Console = ConsoleFactory.Plain(stdout, Width),
            LoadPolicy = LoadPolicy,
            OpenStore = (db, cancellationToken) => StoreFactory.OpenAsync(db ?? DefaultDb, time, cancellationToken),
            PolicyTemplate = PolicyTemplate,
            PolicySchema = PolicySchema,
            Version = "0.0.0-test",
        };
        var exitCode = await App.RunAsync(args, services, cancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
