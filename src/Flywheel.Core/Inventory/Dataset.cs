namespace Flywheel.Core.Inventory;

/// <summary>
/// One collected call (or family of per-resource calls) per account and region. A rule declares the datasets it
/// reads; where one was not collected, the rule yields <c>error</c> for the resources of that account and region.
/// </summary>
public enum Dataset
{
    RdsDbInstances,
    RdsDbClusters,
    RdsDbSnapshots,
    RdsDbClusterSnapshots,
    RdsDbSnapshotAttributes,
    RdsDbClusterSnapshotAttributes,
    RdsDbParameterGroups,
    RdsDbParameters,
    RdsDbClusterParameterGroups,
    RdsDbClusterParameters,
    RdsOptionGroups,
    RdsDbProxies,
    RdsEventSubscriptions,
    RdsEngineVersions,
    RdsMajorEngineVersions,
    RdsAutomatedBackups,
    KmsKeys,
    KmsKeyMetadata,
    KmsKeyRotationStatus,
    KmsKeyRotations,
    KmsKeyPolicies,
    KmsGrants,
    KmsAliases,
    Ec2SecurityGroups,
    Ec2Subnets,
    Ec2RouteTables,
    SecretsManagerSecrets,
    CloudTrailTrails,
    CloudTrailTrailStatus,
    CloudTrailEventSelectors,
    GuardDutyDetectors,
}
