namespace Flywheel.Sandbox;

/// <summary>Defaults of <see cref="SandboxOptions"/> and <see cref="SandboxEstateSpec"/>.</summary>
public static class SandboxConstants
{
    /// <summary>How long an instance stays <c>modifying</c> after a change is applied.</summary>
    public static readonly TimeSpan ModifyDuration = TimeSpan.FromMinutes(10);

    /// <summary>How long a manual snapshot stays <c>creating</c> (and its instance <c>backing-up</c>).</summary>
    public static readonly TimeSpan SnapshotDuration = TimeSpan.FromMinutes(5);

    /// <summary>How long an instance stays <c>deleting</c> (and <c>creating</c> when no restore is involved).</summary>
    public static readonly TimeSpan CreateDuration = TimeSpan.FromMinutes(15);

    /// <summary>The fixed part of how long a restored instance stays <c>creating</c>.</summary>
    public static readonly TimeSpan RestoreBaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>What each GiB of the snapshot's allocated storage adds to a restore (1 minute per 10 GiB).</summary>
    public static readonly TimeSpan RestoreDurationPerGiB = TimeSpan.FromSeconds(6);

    /// <summary>How long an instance stays <c>rebooting</c>.</summary>
    public static readonly TimeSpan RebootDuration = TimeSpan.FromMinutes(2);

    /// <summary>How long an on-demand KMS key rotation is in progress.</summary>
    public static readonly TimeSpan OnDemandRotationDuration = TimeSpan.FromMinutes(1);

    /// <summary>How long AssumeRole credentials last when DurationSeconds is not given.</summary>
    public static readonly TimeSpan AssumedRoleDuration = TimeSpan.FromHours(1);

    /// <summary>KMS allows this many on-demand rotations per key.</summary>
    public const int MaxOnDemandRotations = 10;

    public const int DefaultSeed = 42;

    public const string EventQueueName = "flywheel-events";
}
