namespace Flywheel.Sandbox.State;

/// <summary>An SSM Automation execution: InProgress until <see cref="EndsAt"/>, then Success, or Failed at once.</summary>
internal sealed class AutomationExecutionState
{
    public required string ExecutionId { get; init; }

    public required string DocumentName { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public string? FailureMessage { get; init; }

    public required string ExecutedBy { get; init; }

    public string Status(DateTimeOffset now) => FailureMessage is not null ? "Failed" : now >= EndsAt ? "Success" : "InProgress";
}
