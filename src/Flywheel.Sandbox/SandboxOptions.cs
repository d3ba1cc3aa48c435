namespace Flywheel.Sandbox;

/// <summary>How to run the sandbox: where to listen, what estate to generate, how long transitions take.</summary>
public sealed record SandboxOptions
{
    /// <summary>The loopback port; 0 picks a free one (tests).</summary>
    public int Port { get; init; }

    public SandboxEstateSpec Estate { get; init; } = new();

    public SandboxFaultOptions Faults { get; init; } = new();

    /// <summary>
    /// The SQS queue (per account × region) that receives every recorded CloudTrail event, as an EventBridge rule
    /// would deliver it; null to deliver none.
    /// </summary>
    public string? EventQueueName { get; init; } = SandboxConstants.EventQueueName;

    public TimeSpan ModifyDuration { get; init; } = SandboxConstants.ModifyDuration;

    public TimeSpan CreateDuration { get; init; } = SandboxConstants.CreateDuration;

    public TimeSpan SnapshotDuration { get; init; } = SandboxConstants.SnapshotDuration;

    public TimeSpan OnDemandRotationDuration { get; init; } = SandboxConstants.OnDemandRotationDuration;
}
