using System.CommandLine;
using System.Globalization;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;
using Flywheel.Reports;
using Flywheel.Store;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel findings</c>: lists findings from the store with their lifecycle state.</summary>
internal sealed class FindingsCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;
    private readonly Option<string> _format = GlobalOptions.CreateFormatOption();
    private readonly Option<string?> _db = StoreOptions.CreateDbOption();

    private readonly Option<bool> _open = new("--open")
    {
        Description = "Only open findings (failing and not suppressed).",
    };

    private readonly Option<string?> _since = new("--since")
    {
        Description = "Only findings whose state changed since then: an ISO date or time (2026-11-01, 2026-11-01T08:00:00Z) or an age (7d, 12h).",
        HelpName = "WHEN",
    };

    private readonly Option<string?> _rule = new("--rule", "-r")
    {
        Description = "Only findings of this rule id or glob (rds-*).",
        HelpName = "GLOB",
    };

    private readonly Option<string?> _account = new("--account")
    {
        Description = "Only findings in this account id.",
        HelpName = "ACCOUNT",
    };

    private readonly Option<int?> _limit = new("--limit")
    {
        Description = "At most this many findings, most recently changed first.",
        HelpName = "N",
    };

    private FindingsCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var findings = new FindingsCommand(services, global);
        var command = new Command("findings", "List recorded findings and their lifecycle state (open, suppressed, resolved, resource-gone).")
        {
            findings._open, findings._since, findings._rule, findings._account, findings._limit, findings._format, findings._db,
        };
        command.SetAction(findings.ExecuteAsync);
        return command;
    }

    /// <summary>An ISO date or time (UTC unless it has an offset), or an age such as 7d or 12h before now.</summary>
    internal static DateTimeOffset ParseSince(string text, DateTimeOffset now)
    {
        if (text.Length >= 2 && (text[^1] is 'd' or 'h') && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return text[^1] == 'd' ? now.AddDays(-amount) : now.AddHours(-amount);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        throw new InputException($"--since '{text}' is neither a date (2026-11-01), a time (2026-11-01T08:00:00Z) nor an age (7d, 12h)");
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = _global.Read(parseResult, _format);
        var since = parseResult.GetValue(_since) is { } text ? ParseSince(text, _services.TimeProvider.GetUtcNow()) : (DateTimeOffset?)null;
        if (parseResult.GetValue(_limit) is <= 0)
        {
            throw new InputException("--limit must be a positive number");
        }

        var store = await StoreSession.OpenAsync(_services, parseResult.GetValue(_db), cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.StoreError;
        }

        await using var storeLifetime = store.ConfigureAwait(false);

        var filter = new FindingFilter
        {
            OpenOnly = parseResult.GetValue(_open),
            Since = since,
            Rule = parseResult.GetValue(_rule),
            AccountId = parseResult.GetValue(_account),
            Limit = parseResult.GetValue(_limit),
        };
        var findings = await store.FindAsync(filter, cancellationToken).ConfigureAwait(false);
        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        if (settings.Format == OutputFormat.Json)
        {
            target.Output.WriteText(HistoryJson.Findings(new ToolInfo("flywheel", _services.Version), store.Location, findings));
        }
        else
        {
            target.Output.Write(HistoryTables.Findings(findings, store.Location));
        }

        return ExitCodes.Success;
    }
}
