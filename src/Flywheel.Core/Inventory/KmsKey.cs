namespace Flywheel.Core.Inventory;

/// <summary>A KMS key with its rotation facts, policy, grants and aliases (each null when not collected).</summary>
public sealed record KmsKey : AwsResource
{
    public override string ResourceType => "AWS::KMS::Key";

    public override string Name => KeyId;

    public required string KeyId { get; init; }

    /// <summary>AWS or CUSTOMER.</summary>
    public string? KeyManager { get; init; }

    /// <summary>SYMMETRIC_DEFAULT, RSA_2048, HMAC_256, ….</summary>
    public string? KeySpec { get; init; }

    /// <summary>ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT.</summary>
    public string? KeyUsage { get; init; }

    /// <summary>AWS_KMS, EXTERNAL (imported material), AWS_CLOUDHSM, EXTERNAL_KEY_STORE.</summary>
    public string? Origin { get; init; }

    /// <summary>Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable, Creating, Updating.</summary>
    public string? KeyState { get; init; }

    public bool? Enabled { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public DateTimeOffset? DeletionDate { get; init; }

    public string? CustomKeyStoreId { get; init; }

    public bool? MultiRegion { get; init; }

    public string? Description { get; init; }

    /// <summary>Whether automatic rotation is enabled; null when the rotation status was not collected.</summary>
    public bool? RotationEnabled { get; init; }

    public int? RotationPeriodInDays { get; init; }

    public DateTimeOffset? NextRotationDate { get; init; }

    public DateTimeOffset? OnDemandRotationStartDate { get; init; }

    /// <summary>Completed rotations, automatic and on-demand (ListKeyRotations); null when not collected.</summary>
    public IReadOnlyList<KeyRotation>? Rotations { get; init; }

    /// <summary>The default key policy document as JSON text; null when not collected.</summary>
    public string? Policy { get; init; }

    /// <summary>Grants on the key; null when not collected.</summary>
    public IReadOnlyList<KmsGrant>? Grants { get; init; }

    /// <summary>Alias names (alias/…); empty when the key has none.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The alias prefix AWS reserves for its managed keys (<c>alias/aws/rds</c>, …): a customer cannot create such an
    /// alias, so a key one points at is AWS managed.
    /// </summary>
    public const string AwsManagedAliasPrefix = "alias/aws/";

    public bool IsCustomerManaged => string.Equals(KeyManager, "CUSTOMER", StringComparison.Ordinal);

    public bool IsAwsManaged => string.Equals(KeyManager, "AWS", StringComparison.Ordinal);

    public static bool IsAwsManagedAlias(string aliasName) => aliasName.StartsWith(AwsManagedAliasPrefix, StringComparison.Ordinal);

    /// <summary>True for the keys KMS can rotate: symmetric encryption keys with KMS-generated material in KMS.</summary>
    public bool SupportsAutomaticRotation =>
        string.Equals(KeySpec ?? "SYMMETRIC_DEFAULT", "SYMMETRIC_DEFAULT", StringComparison.Ordinal)
        && string.Equals(KeyUsage ?? "ENCRYPT_DECRYPT", "ENCRYPT_DECRYPT", StringComparison.Ordinal)
        && string.Equals(Origin ?? "AWS_KMS", "AWS_KMS", StringComparison.Ordinal)
        && CustomKeyStoreId is null;
}
