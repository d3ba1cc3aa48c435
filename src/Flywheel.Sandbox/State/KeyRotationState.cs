namespace Flywheel.Sandbox.State;

/// <summary>One completed rotation of a KMS key (ListKeyRotations); type AUTOMATIC or ON_DEMAND.</summary>
internal sealed record KeyRotationState(DateTimeOffset RotationDate, string RotationType, string KeyMaterialId);
