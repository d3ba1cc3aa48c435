using Flywheel.Core.Inventory;

namespace Flywheel.Core.Rules;

/// <summary>The AWS call behind each dataset, for messages a person can act on.</summary>
public static class DatasetNames
{
    public static string Describe(Dataset dataset) => dataset switch
    {
        Dataset.RdsDbInstances => "rds describe-db-instances",
        Dataset.RdsDbClusters => "rds describe-db-clusters",
        Dataset.RdsDbSnapshots => "rds describe-db-snapshots",
        Dataset.RdsDbClusterSnapshots => "rds describe-db-cluster-snapshots",
        Dataset.RdsDbSnapshotAttributes => "rds describe-db-snapshot-attributes",
        Dataset.RdsDbClusterSnapshotAttributes => "rds describe-db-cluster-snapshot-attributes",
        Dataset.RdsDbParameterGroups => "rds describe-db-parameter-groups",
        Dataset.RdsDbParameters => "rds describe-db-parameters",
        Dataset.RdsDbClusterParameterGroups => "rds describe-db-cluster-parameter-groups",
        Dataset.RdsDbClusterParameters => "rds describe-db-cluster-parameters",
        Dataset.RdsOptionGroups => "rds describe-option-groups",
        Dataset.RdsDbProxies => "rds describe-db-proxies",
        Dataset.RdsEventSubscriptions => "rds describe-event-subscriptions",
        Dataset.RdsEngineVersions => "rds describe-db-engine-versions",
        Dataset.RdsMajorEngineVersions => "rds describe-db-major-engine-versions",
        Dataset.RdsAutomatedBackups => "rds describe-db-instance-automated-backups",
        Dataset.KmsKeys => "kms list-keys",
        Dataset.KmsKeyMetadata => "kms describe-key",
        Dataset.KmsKeyRotationStatus => "kms get-key-rotation-status",
        Dataset.KmsKeyRotations => "kms list-key-rotations",
        Dataset.KmsKeyPolicies => "kms get-key-policy",
        Dataset.KmsGrants => "kms list-grants",
        Dataset.KmsAliases => "kms list-aliases",
        Dataset.Ec2SecurityGroups => "ec2 describe-security-groups",
        Dataset.Ec2Subnets => "ec2 describe-subnets",
        Dataset.Ec2RouteTables => "ec2 describe-route-tables",
        Dataset.SecretsManagerSecrets => "secretsmanager list-secrets",
        Dataset.CloudTrailTrails => "cloudtrail describe-trails",
        Dataset.CloudTrailTrailStatus => "cloudtrail get-trail-status",
        Dataset.CloudTrailEventSelectors => "cloudtrail get-event-selectors",
        Dataset.GuardDutyDetectors => "guardduty list-detectors / get-detector",
        _ => dataset.ToString(),
    };
}
