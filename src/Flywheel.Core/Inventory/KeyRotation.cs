namespace Flywheel.Core.Inventory;

/// <summary>One completed rotation of a KMS key; <paramref name="RotationType"/> is AUTOMATIC or ON_DEMAND.</summary>
public sealed record KeyRotation(DateTimeOffset RotationDate, string RotationType);
