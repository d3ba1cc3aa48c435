namespace Flywheel.Core.Inventory;

/// <summary>A resource that needs a KMS key, and for what (see <see cref="KeyUsageKind"/>).</summary>
public sealed record KeyDependency(AwsResource Resource, KeyUsageKind Usage);
