using System.Globalization;
using Flywheel.Aws.Collection;

namespace Flywheel.Cli.Rendering;

/// <summary>A line per completed account-region, for logs and pipes (stderr is not a terminal).</summary>
internal sealed class PlainCollectionProgress(TextWriter writer) : IProgress<RegionCollected>
{
    private readonly Lock _gate = new();

    public void Report(RegionCollected value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var failed = value.FailedCalls == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {value.FailedCalls} failed");
        lock (_gate)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"flywheel: collected {value.AccountId}/{value.Region}: {value.Calls} calls{failed} in {value.Elapsed.TotalSeconds:0.0} s [{value.Completed}/{value.Total}]"));
        }
    }
}
