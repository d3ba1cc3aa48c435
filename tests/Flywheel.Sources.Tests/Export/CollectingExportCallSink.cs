using Flywheel.Core.Sources;

namespace Flywheel.Sources.Tests.Export;

/// <summary>Records what a sink receives, in order: calls, and "complete account/region" marks.</summary>
internal sealed class CollectingExportCallSink : IExportCallSink
{
    private readonly Lock _gate = new();

    public List<(ExportCall Call, ExportCallResult Result)> Calls { get; } = [];

    /// <summary>Every event as one line: "call acct/region/service/command[/key] json|error" or "complete acct/region".</summary>
    public List<string> Events { get; } = [];

    public ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Calls.Add((call, result));
            Events.Add($"call {call.AccountId}/{call.Region}/{call.Service}/{call.Command}{(call.ResourceKey is null ? string.Empty : "/" + call.ResourceKey)} {(result.Succeeded ? "json" : "error")}");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Events.Add($"complete {accountId}/{region}");
        }

        return ValueTask.CompletedTask;
    }
}
