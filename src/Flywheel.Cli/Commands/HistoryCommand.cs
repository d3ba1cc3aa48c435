using System.CommandLine;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;
using Flywheel.Reports;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel history RESOURCE</c>: every lifecycle event and remediation of a resource, oldest first.</summary>
internal sealed class HistoryCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;
    private readonly Option<string> _format = GlobalOptions.CreateFormatOption();
    private readonly Option<string?> _db = StoreOptions.CreateDbOption();

    private readonly Argument<string> _resource = new("RESOURCE")
    {
        Description = "The resource ARN, or its name (identifier, key id, group id); a name may match resources in several accounts.",
    };

    private HistoryCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var history = new HistoryCommand(services, global);
        var command = new Command("history", "Show every recorded event of a resource: opened, resolved, reopened, suppressed, resource-gone, remediations.")
        {
            history._resource, history._format, history._db,
        };
        command.SetAction(history.ExecuteAsync);
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = _global.Read(parseResult, _format);
        var resource = parseResult.GetValue(_resource)!;
        var store = await StoreSession.OpenAsync(_services, parseResult.GetValue(_db), cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.StoreError;
        }

        await using var storeLifetime = store.ConfigureAwait(false);

        var history = await store.HistoryAsync(resource, cancellationToken).ConfigureAwait(false);
        if (history.Resources.Count == 0)
        {
            throw new InputException($"no resource '{resource}' in the findings store {store.Location}");
        }

        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        if (settings.Format == OutputFormat.Json)
        {
            target.Output.WriteText(HistoryJson.History(new ToolInfo("flywheel", _services.Version), store.Location, resource, history));
        }
        else
        {
            target.Output.Write(HistoryTables.History(resource, history));
        }

        return ExitCodes.Success;
    }
}
