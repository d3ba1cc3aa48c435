using System.CommandLine;
using Flywheel.Aws.Collection;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Cli.Commands;

/// <summary>
/// Runs a live collection for a command: opens the AWS connection the options describe (credentials, role,
/// organization, regions), then collects every account × region into the sink with progress on stderr.
/// </summary>
internal static class LiveSession
{
    /// <summary>The run, or null after writing on stderr why AWS could not be reached (exit <see cref="ExitCodes.AwsUnavailable"/>).</summary>
    /// <remarks>
    /// The sink is made only once AWS answered, so a refused connection leaves an existing export untouched. The
    /// <paramref name="notCollected"/> datasets are skipped (a scan's rules do not read them; an export skips none).
    /// </remarks>
    public static async Task<LiveRun?> CollectAsync(CliServices services, AwsOptions aws, ParseResult parseResult, bool quiet, IReadOnlySet<Dataset> notCollected, Func<IExportCallSink> sinkFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(aws);
        ArgumentNullException.ThrowIfNull(sinkFactory);
        var options = aws.ReadConnection(parseResult);
        var collection = new LiveCollectionOptions { MaxConcurrency = aws.ReadMaxConcurrency(parseResult), NotCollected = notCollected };
        var opened = await services.ConnectAws(options, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            await services.Stderr.WriteLineAsync($"flywheel: AWS: {opened.Error}").ConfigureAwait(false);
            return null;
        }

        using var connection = opened.Connection;
        var sink = sinkFactory();
        var show = !quiet && !parseResult.GetValue(aws.NoProgress);
        var report = await CollectionProgressDisplay.RunAsync(
            services,
            show,
            progress => LiveCollection.RunAsync(connection, sink, collection, progress, services.TimeProvider, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return new LiveRun(connection.Caller.Arn, connection.Targets.Count, report);
    }
}
