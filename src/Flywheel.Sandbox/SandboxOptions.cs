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

    /// <summary>
    /// A restored instance stays <c>creating</c> for <see cref="RestoreBaseDuration"/> plus
    /// <see cref="RestoreDurationPerGiB"/> per GiB of the snapshot's allocated storage: restores take longer the
    /// bigger the volume, as in RDS (defaults: 10 minutes + 1 minute per 10 GiB).
    /// </summary>
    public TimeSpan RestoreBaseDuration { get; init; } = SandboxConstants.RestoreBaseDuration;

    /// <inheritdoc cref="RestoreBaseDuration"/>
    public TimeSpan RestoreDurationPerGiB { get; init; } = SandboxConstants.RestoreDurationPerGiB;

    /// <summary>How long restoring a snapshot of <paramref name="allocatedStorageGiB"/> takes.</summary>
    public TimeSpan RestoreDuration(int allocatedStorageGiB) => RestoreBaseDuration + (RestoreDurationPerGiB * Math.Max(0, allocatedStorageGiB));

    public TimeSpan SnapshotDuration { get; init; } = SandboxConstants.SnapshotDuration;

    public TimeSpan OnDemandRotationDuration { get; init; } = SandboxConstants.OnDemandRotationDuration;
}
