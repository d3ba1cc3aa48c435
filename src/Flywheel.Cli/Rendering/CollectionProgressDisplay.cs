using System.Globalization;
using Flywheel.Aws.Collection;
using Spectre.Console;

namespace Flywheel.Cli.Rendering;

/// <summary>
/// Shows a live collection's progress on stderr, so stdout stays the result: a progress bar when stderr is a
/// terminal, a plain line per account-region otherwise, nothing with <c>--quiet</c> or <c>--no-progress</c>.
/// </summary>
internal static class CollectionProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliServices services, bool show, Func<IProgress<RegionCollected>?, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(work);
        if (!show)
        {
            return await work(null).ConfigureAwait(false);
        }

        if (!services.StderrIsTerminal)
        {
            return await work(new PlainCollectionProgress(services.Stderr)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(services.Stderr) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var task = context.AddTask("collecting accounts × regions", autoStart: true, maxValue: 1);
                return await work(new BarProgress(task)).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<RegionCollected>
    {
        private readonly Lock _gate = new();
        private int _failed;

        public void Report(RegionCollected value)
        {
            lock (_gate)
            {
                _failed += value.FailedCalls;
                task.MaxValue = value.Total;
                task.Value = value.Completed;
                var failures = _failed == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {_failed} failed calls");
                task.Description = string.Create(CultureInfo.InvariantCulture, $"collected {value.Completed}/{value.Total} account-regions{failures}");
            }
        }
    }
}
