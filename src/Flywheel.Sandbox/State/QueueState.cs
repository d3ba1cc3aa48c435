namespace Flywheel.Sandbox.State;

/// <summary>An SQS standard queue.</summary>
internal sealed class QueueState
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    public required string Arn { get; init; }

    public required DateTimeOffset Created { get; init; }

    public int VisibilityTimeoutSeconds { get; init; } = 30;

    public List<QueueMessageState> Messages { get; } = [];
}
