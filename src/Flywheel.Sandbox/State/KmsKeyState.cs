namespace Flywheel.Sandbox.State;

/// <summary>The mutable state of a KMS key, with its rotation schedule and history.</summary>
internal sealed class KmsKeyState
{
    public required string KeyId { get; init; }

    public required string Arn { get; init; }

    public required string AccountId { get; init; }

    public required DateTimeOffset CreationDate { get; init; }

    public string Description { get; set; } = "";

    /// <summary>CUSTOMER or AWS.</summary>
    public string KeyManager { get; init; } = "CUSTOMER";

    public string KeySpec { get; init; } = "SYMMETRIC_DEFAULT";

    public string KeyUsage { get; init; } = "ENCRYPT_DECRYPT";

    /// <summary>AWS_KMS or EXTERNAL (imported key material).</summary>
    public string Origin { get; init; } = "AWS_KMS";

    public bool MultiRegion { get; init; }

    /// <summary>Enabled, Disabled or PendingDeletion.</summary>
    public string KeyState { get; set; } = "Enabled";

    public DateTimeOffset? DeletionDate { get; set; }

    public int? PendingWindowInDays { get; set; }

    public bool RotationEnabled { get; set; }

    public int RotationPeriodInDays { get; set; } = 365;

    public DateTimeOffset? NextRotationDate { get; set; }

    public DateTimeOffset? OnDemandRotationStartDate { get; set; }

    public int OnDemandRotationCount { get; set; }

    public List<KeyRotationState> Rotations { get; } = [];

    public List<KmsGrantState> Grants { get; } = [];

    public required string CurrentKeyMaterialId { get; set; }

    public string? Policy { get; set; }

    public List<KeyValuePair<string, string>> Tags { get; init; } = [];

    public bool Enabled => KeyState == "Enabled";

    public bool IsSymmetricEncryption => KeySpec == "SYMMETRIC_DEFAULT" && KeyUsage == "ENCRYPT_DECRYPT";
}
