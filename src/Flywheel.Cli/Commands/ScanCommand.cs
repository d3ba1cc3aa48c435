using System.CommandLine;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;
using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;
using Flywheel.Reports;
using Flywheel.Reports.Json;
using Flywheel.Reports.Scan;
using Flywheel.Sources.Export;
using Flywheel.Store;

namespace Flywheel.Cli.Commands;

/// <summary>
/// <c>flywheel scan</c>: evaluates the baseline over an export directory (<c>--input</c>) or over live accounts
/// collected for the scan (the AWS options), records it in the findings store, and gates on severity.
/// </summary>
internal sealed class ScanCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;

    private readonly Option<string?> _input = new("--input", "-i")
    {
        Description = "Scan this export directory of AWS CLI JSON outputs (layout: docs/export-layout.md). Without it, the scan collects from AWS (see --profile, --role-arn, --org-role, --regions, --endpoint-url).",
        HelpName = "DIR",
    };

    private readonly Option<string?> _policy = new("--policy", "-p")
    {
        Description = "The baseline policy YAML; without it every default-enabled rule runs with its defaults.",
        HelpName = "FILE",
    };

    private readonly Option<string> _format = GlobalOptions.CreateFormatOption();

    private readonly Option<string> _minSeverity = new("--min-severity")
    {
        Description = "The gate: failures (and errors) below this severity do not fail the scan and are not listed in the table.",
        DefaultValueFactory = _ => "low",
        HelpName = "informational|low|medium|high|critical",
    };

    private readonly Option<string[]> _rules = new("--rule", "-r")
    {
        Description = "Run only the rules whose id matches this glob (* and ?); repeat for several.",
        HelpName = "GLOB",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to this file (plain, no colour) instead of stdout.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _showPassed = new("--show-passed")
    {
        Description = "Also list passed and not-applicable results in the table (JSON always has every result).",
    };

    private readonly Option<string?> _db = StoreOptions.CreateDbOption();

    private readonly Option<bool> _noStore = new("--no-store")
    {
        Description = "Do not record the scan in the findings store (by default every scan is recorded, so findings get a history).",
    };

    private readonly AwsOptions _aws = new();

    private ScanCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
        _minSeverity.AcceptOnlyFromAmong([.. Enum.GetValues<Severity>().Select(s => KebabCase.Of(s))]);
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var scan = new ScanCommand(services, global);
        var command = new Command("scan", "Evaluate the baseline over an export directory (--input) or live AWS accounts.")
        {
            scan._input, scan._policy, scan._format, scan._minSeverity, scan._rules, scan._output, scan._showPassed, scan._db, scan._noStore,
        };
        foreach (var option in scan._aws.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(scan.ExecuteAsync);
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = _global.Read(parseResult, _format);
        var input = parseResult.GetValue(_input);
        var policyPath = parseResult.GetValue(_policy);
        var minSeverity = KebabCase.Parse<Severity>(parseResult.GetValue(_minSeverity)!) ?? Severity.Low;
        var ruleFilter = parseResult.GetValue(_rules) ?? [];

        if (input is not null && _aws.Given(parseResult) is { Count: > 0 } live)
        {
            throw new InputException($"--input scans an export; {string.Join(", ", live)} apply to live scans only (leave out --input to collect from AWS)");
        }

        if (input is not null && !Directory.Exists(input))
        {
            throw new InputException($"input directory '{input}' does not exist");
        }

        var unmatched = ruleFilter.Where(glob => !_services.Registry.Rules.Any(r => Glob.IsMatch(glob, r.Id))).ToArray();
        if (unmatched.Length > 0)
        {
            throw new InputException([.. unmatched.Select(glob => $"--rule '{glob}' matches no rule (see 'flywheel rules')")]);
        }

        var policy = BaselinePolicy.Default;
        if (policyPath is not null)
        {
            var loaded = _services.LoadPolicy(policyPath);
            if (!loaded.Succeeded)
            {
                throw new InputException(loaded.Errors.Count > 0 ? [.. loaded.Errors.Select(e => e.ToString())] : [$"{policyPath}: the policy could not be loaded"]);
            }

            policy = loaded.Policy!;
        }

        // The store is opened before anything is collected: a store that cannot take the scan fails fast, with
        // nothing evaluated and nothing written.
        IFlywheelStore? store = null;
        if (!parseResult.GetValue(_noStore))
        {
            store = await StoreSession.OpenAsync(_services, parseResult.GetValue(_db), cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.StoreError;
            }
        }

        try
        {
            return await ScanAsync(parseResult, settings, input, policy, minSeverity, ruleFilter, store, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<int> ScanAsync(ParseResult parseResult, OutputSettings settings, string? input, BaselinePolicy policy, Severity minSeverity, string[] ruleFilter, IFlywheelStore? store, CancellationToken cancellationToken)
    {
        var startedAt = _services.TimeProvider.GetUtcNow();
        InventorySnapshot inventory;
        ScanSource source;
        string recordedSource;
        if (input is not null)
        {
            inventory = await _services.CollectorFactory(input).CollectAsync(cancellationToken).ConfigureAwait(false);
            source = ScanSource.From("export", input, inventory);
            recordedSource = "export:" + Path.GetFullPath(input);
        }
        else
        {
            // Only what the rules read: on-demand datasets no rule declares are neither collected nor gaps.
            var notCollected = DatasetSelection.NotRequiredBy(_services.Registry.Rules.Select(r => r.Rule));
            var builder = new ExportInventoryBuilder(notCollected);
            var run = await LiveSession.CollectAsync(_services, _aws, parseResult, settings.Quiet, notCollected, () => builder, cancellationToken).ConfigureAwait(false);
            if (run is null)
            {
                return ExitCodes.AwsUnavailable;
            }

            inventory = builder.Build(startedAt);
            source = ScanSource.From("live", run.Location, inventory) with { Collection = new CollectionFacts(run.Report.RequestsByService, run.Report.Elapsed, run.Report.MaxConcurrency) };
            recordedSource = "live:" + run.CallerArn;
        }

        var result = new BaselineEvaluator(_services.Registry, _services.TimeProvider)
            .Evaluate(new EvaluationRequest(inventory, policy) { RuleFilter = ruleFilter });
        var report = new ScanReport
        {
            Tool = new ToolInfo("flywheel", _services.Version),
            Source = source,
            PolicySource = policy.Source,
            Result = result,
            Registry = _services.Registry,
            MinSeverity = minSeverity,
            RuleFilter = ruleFilter,
        };

        ScanRecordOutcome? recorded = null;
        if (store is not null)
        {
            try
            {
                recorded = await store.RecordScanAsync(ScanRecord.From(recordedSource, startedAt, inventory, result), cancellationToken).ConfigureAwait(false);
            }
            catch (StoreException e)
            {
                await _services.Stderr.WriteLineAsync($"flywheel: findings store {store.Location}: {e.Message} (nothing was recorded)").ConfigureAwait(false);
                return ExitCodes.StoreError;
            }
        }

        using (var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, parseResult.GetValue(_output)))
        {
            if (settings.Format == OutputFormat.Json)
            {
                target.Output.WriteDocument(writer => JsonScanReport.Write(writer, report));
            }
            else
            {
                foreach (var renderable in ScanTable.Build(report, parseResult.GetValue(_showPassed)))
                {
                    target.Output.Write(renderable);
                }

                if (recorded is not null)
                {
                    target.Output.Write(HistoryTables.Recorded(store!.Location, recorded));
                }
            }
        }

        return report.Summary.Outcome switch
        {
            ScanOutcome.Fail => ExitCodes.FindingsFailed,
            ScanOutcome.Incomplete => ExitCodes.Incomplete,
            _ => ExitCodes.Success,
        };
    }
}
