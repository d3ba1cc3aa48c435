using Flywheel.Core.Inventory;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsSnapshotNotPublicTests() : SnapshotNotPublicRuleTests("rds-snapshot-not-public", SnapshotKind.Instance);
