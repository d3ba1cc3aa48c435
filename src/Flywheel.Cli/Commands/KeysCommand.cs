using System.CommandLine;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;
using Flywheel.Reports;
using Flywheel.Reports.Keys;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel keys</c>: every KMS key in an export with its rotation and what depends on it.</summary>
internal sealed class KeysCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;
    private readonly Option<string> _format = GlobalOptions.CreateFormatOption();

    private readonly Option<string> _input = new("--input", "-i")
    {
        Description = "The export directory of AWS CLI JSON outputs.",
        Required = true,
        HelpName = "DIR",
    };

    private KeysCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var keys = new KeysCommand(services, global);
        var command = new Command("keys", "List KMS keys with rotation facts and the databases, snapshots, backups and secrets that depend on each.")
        {
            keys._input, keys._format,
        };
        command.SetAction(keys.ExecuteAsync);
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = _global.Read(parseResult, _format);
        var input = parseResult.GetValue(_input)!;
        if (!Directory.Exists(input))
        {
            throw new InputException($"input directory '{input}' does not exist");
        }

        var inventory = await _services.CollectorFactory(input).CollectAsync(cancellationToken).ConfigureAwait(false);
        var report = KeyReport.Build(new ToolInfo("flywheel", _services.Version), input, inventory);
        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        if (settings.Format == OutputFormat.Json)
        {
            target.Output.WriteText(JsonKeyReport.Write(report));
        }
        else
        {
            target.Output.Write(KeysTable.Build(report));
        }

        return ExitCodes.Success;
    }
}
