using System.CommandLine;
using System.Globalization;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core.Inventory;
using Flywheel.Sources.Export;
using Spectre.Console;

namespace Flywheel.Cli.Commands;

/// <summary>
/// <c>flywheel collect --out DIR</c>: collects live accounts into an export directory, exactly the layout
/// <c>flywheel scan --input</c> reads (docs/export-layout.md), to scan later, elsewhere, or again.
/// </summary>
internal sealed class CollectCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;
    private readonly AwsOptions _aws = new();

    private readonly Option<string> _out = new("--out")
    {
        Description = "The directory to write the export to (created if absent; must be empty or hold an export to --replace).",
        Required = true,
        HelpName = "DIR",
    };

    private readonly Option<bool> _replace = new("--replace")
    {
        Description = "Replace the export already in --out (its manifest.json and account directories).",
    };

    private CollectCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var collect = new CollectCommand(services, global);
        var command = new Command("collect", "Collect live AWS accounts into an export directory (the layout 'scan --input' reads).") { collect._out, collect._replace };
        foreach (var option in collect._aws.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(collect.ExecuteAsync);
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = _global.Read(parseResult);
        var startedAt = _services.TimeProvider.GetUtcNow();
        var directory = parseResult.GetValue(_out)!;
        var writerOptions = new ExportDirectoryWriterOptions
        {
            Tool = $"flywheel {_services.Version} collect",
            ReplaceExisting = parseResult.GetValue(_replace),
        };
        ExportDirectoryWriter? writer = null;
        var run = await LiveSession.CollectAsync(_services, _aws, parseResult, settings.Quiet, new HashSet<Dataset>(), () => writer = ExportDirectoryWriter.Create(directory, writerOptions), cancellationToken).ConfigureAwait(false);
        if (run is null || writer is null)
        {
            return ExitCodes.AwsUnavailable;
        }

        // The manifest is written last: an export without one was interrupted.
        await writer.CompleteAsync(startedAt, cancellationToken).ConfigureAwait(false);
        var report = run.Report;
        using (var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, null))
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("service").AddColumn(new TableColumn("requests").RightAligned());
            foreach (var (service, count) in report.RequestsByService.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                table.AddRow(service, count.ToString(CultureInfo.InvariantCulture));
            }

            target.Output.Write(new Markup(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Collected {report.Regions.Count} account-regions as {run.CallerArn} into {writer.Root} in {report.Elapsed.TotalSeconds:0.0} s: {report.TotalRequests} requests, {report.FailedCalls} failed calls")) + "\n"));
            target.Output.Write(table);
            foreach (var region in report.Regions.Where(r => r.FailedCalls > 0))
            {
                foreach (var failure in region.Failures)
                {
                    target.Output.Write(new Markup(Markup.Escape($"  {region.AccountId}/{region.Region} {failure.Service} {failure.Command}{(failure.ResourceKey is null ? "" : " " + failure.ResourceKey)}: {failure.Error}") + "\n"));
                }
            }
        }

        return report.FailedCalls == 0 ? ExitCodes.Success : ExitCodes.Incomplete;
    }
}
