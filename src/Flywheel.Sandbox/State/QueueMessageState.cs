namespace Flywheel.Sandbox.State;

/// <summary>A message in a queue, with its visibility on the sandbox clock.</summary>
internal sealed class QueueMessageState
{
    public required string MessageId { get; init; }

    public required string Body { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public DateTimeOffset VisibleAt { get; set; }

    public int ReceiveCount { get; set; }

    public DateTimeOffset? FirstReceivedAt { get; set; }

    /// <summary>The handle of the latest receive; only it can delete the message.</summary>
    public string? ReceiptHandle { get; set; }
}
