using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>GetKeyRotationStatusResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "GetKeyRotationStatusResponse")]
internal sealed record GetKeyRotationStatusResponse
{
    public bool? KeyRotationEnabled { get; init; }

    public string? KeyId { get; init; }

    public int? RotationPeriodInDays { get; init; }

    public DateTimeOffset? NextRotationDate { get; init; }

    public DateTimeOffset? OnDemandRotationStartDate { get; init; }
}
