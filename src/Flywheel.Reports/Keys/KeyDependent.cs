using Flywheel.Core.Inventory;

namespace Flywheel.Reports.Keys;

/// <summary>A resource that needs a key, and for what.</summary>
public sealed record KeyDependent(KeyUsageKind Usage, string ResourceType, string Name, string Arn);
