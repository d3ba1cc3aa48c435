using Flywheel.Core.Inventory;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterSnapshotNotPublicTests() : SnapshotNotPublicRuleTests("rds-cluster-snapshot-not-public", SnapshotKind.Cluster);
