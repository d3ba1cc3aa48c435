using System.CommandLine;
using System.CommandLine.Invocation;
using Flywheel.Cli.Commands;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Core;

namespace Flywheel.Cli;

/// <summary>The command tree (declared here and nowhere else) and the mapping of outcomes to exit codes.</summary>
internal static class App
{
    public static RootCommand CreateRootCommand(CliServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var global = new GlobalOptions();
        var policy = new Command("policy", "Create, check and describe baseline policy files.")
        {
            PolicyInitCommand.Create(services, global),
            PolicyValidateCommand.Create(services, global),
            PolicySchemaCommand.Create(services, global),
        };
        var sandbox = new Command("sandbox", "The AWS-compatible local endpoint with a generated estate, for tests, demos and rehearsals.")
        {
            SandboxUpCommand.Create(services),
        };
        return new RootCommand("Flywheel keeps Amazon RDS databases secure: a baseline policy of rules evaluated over your inventory.")
        {
            global.NoColor,
            global.Quiet,
            ScanCommand.Create(services, global),
            CollectCommand.Create(services, global),
            RulesCommand.Create(services, global),
            KeysCommand.Create(services, global),
            FindingsCommand.Create(services, global),
            HistoryCommand.Create(services, global),
            policy,
            sandbox,
        };
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var parseResult = CreateRootCommand(services).Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = services.Stdout,
            Error = services.Stderr,
            EnableDefaultExceptionHandler = false,

            // Program.Main turns SIGINT and SIGTERM into the cancellation token; no second handler here.
            ProcessTerminationTimeout = null,
        };

        // System.CommandLine exits 1 on a parse error; 1 means "findings failed" here, so usage errors become 2.
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await services.Stderr.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await services.Stderr.WriteLineAsync("Run 'flywheel --help' (or 'flywheel <command> --help') for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            foreach (var line in e.Errors.Count > 0 ? e.Errors : [e.Message])
            {
                await services.Stderr.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.UsageOrInputError;
        }
        catch (OperationCanceledException)
        {
            await services.Stderr.WriteLineAsync("flywheel: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last resort: any other exception is a bug, reported as exit 70 rather than a crash dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await services.Stderr.WriteLineAsync($"flywheel: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            await services.Stderr.WriteLineAsync("This is a bug; please report it with the command line that caused it.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
