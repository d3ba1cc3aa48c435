using System.Collections.Concurrent;
using System.Text.Json;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>An export sink that keeps every call and the order in which account-regions completed.</summary>
internal sealed class RecordingSink : IExportCallSink
{
    private readonly ConcurrentDictionary<ExportCall, ExportCallResult> _calls = new();
    private readonly ConcurrentQueue<(string AccountId, string Region)> _completed = new();
    private readonly ConcurrentBag<ExportCall> _duplicates = [];

    public IReadOnlyDictionary<ExportCall, ExportCallResult> Calls => _calls;

    public IReadOnlyList<(string AccountId, string Region)> Completed => [.. _completed];

    public IReadOnlyList<ExportCall> Duplicates => [.. _duplicates];

    public ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
    {
        if (!_calls.TryAdd(call, result))
        {
            _duplicates.Add(call);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        _completed.Enqueue((accountId, region));
        return ValueTask.CompletedTask;
    }

    public IEnumerable<KeyValuePair<ExportCall, ExportCallResult>> Of(string accountId, string region, string command) =>
        _calls.Where(c => c.Key.AccountId == accountId && c.Key.Region == region && c.Key.Command == command);

    /// <summary>The parsed document of a successful list call.</summary>
    public JsonElement Document(string accountId, string region, string service, string command, string? resourceKey = null)
    {
        var result = _calls[new ExportCall(accountId, region, service, command, resourceKey)];
        if (result.Json is null)
        {
            throw new InvalidOperationException($"{service} {command} failed: {result.Error}");
        }

        return JsonDocument.Parse(result.Json).RootElement.Clone();
    }
}
