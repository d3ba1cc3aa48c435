using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>KeyMetadata</c> (nested shape); members as named in the service model.</summary>
[AwsShape("kms", "KeyMetadata")]
internal sealed record KeyMetadata
{
    public string? AWSAccountId { get; init; }

    public string? KeyId { get; init; }

    public string? Arn { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public bool? Enabled { get; init; }

    public string? Description { get; init; }

    public string? KeyUsage { get; init; }

    public string? KeyState { get; init; }

    public DateTimeOffset? DeletionDate { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    public string? Origin { get; init; }

    public string? CustomKeyStoreId { get; init; }

    public string? CloudHsmClusterId { get; init; }

    public string? ExpirationModel { get; init; }

    public string? KeyManager { get; init; }

    public string? CustomerMasterKeySpec { get; init; }

    public string? KeySpec { get; init; }

    public IReadOnlyList<string>? EncryptionAlgorithms { get; init; }

    public IReadOnlyList<string>? SigningAlgorithms { get; init; }

    public IReadOnlyList<string>? KeyAgreementAlgorithms { get; init; }

    public bool? MultiRegion { get; init; }

    public int? PendingDeletionWindowInDays { get; init; }

    public IReadOnlyList<string>? MacAlgorithms { get; init; }

    public string? CurrentKeyMaterialId { get; init; }
}
