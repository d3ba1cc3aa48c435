namespace Flywheel.Core.Inventory;

/// <summary>
/// The list dataset whose collection proves that a resource of a type exists or is gone. A finding about a
/// resource missing from a scan may be closed as "resource gone" only if this dataset was collected without a
/// gap for the resource's account and region.
/// </summary>
public static class ResourceTypeDatasets
{
    /// <summary>
    /// The list dataset for <paramref name="resourceType"/> (a CloudFormation-style name such as
    /// <c>AWS::RDS::DBInstance</c>), or null when no dataset proves absence (the per-scope pseudo-resource
    /// <c>AWS::Account::Region</c>, or a type this version does not know).
    /// </summary>
    public static Dataset? ListDatasetOf(string resourceType) => resourceType switch
    {
        "AWS::RDS::DBInstance" => Dataset.RdsDbInstances,
        "AWS::RDS::DBCluster" => Dataset.RdsDbClusters,
        "AWS::RDS::DBSnapshot" => Dataset.RdsDbSnapshots,
        "AWS::RDS::DBClusterSnapshot" => Dataset.RdsDbClusterSnapshots,
        "AWS::RDS::DBParameterGroup" => Dataset.RdsDbParameterGroups,
        "AWS::RDS::DBClusterParameterGroup" => Dataset.RdsDbClusterParameterGroups,
        "AWS::RDS::OptionGroup" => Dataset.RdsOptionGroups,
        "AWS::RDS::DBProxy" => Dataset.RdsDbProxies,
        "AWS::RDS::EventSubscription" => Dataset.RdsEventSubscriptions,
        "AWS::RDS::DBEngineVersion" => Dataset.RdsEngineVersions,
        "AWS::RDS::DBInstanceAutomatedBackup" => Dataset.RdsAutomatedBackups,
        "AWS::KMS::Key" => Dataset.KmsKeys,
        "AWS::EC2::SecurityGroup" => Dataset.Ec2SecurityGroups,
        "AWS::EC2::Subnet" => Dataset.Ec2Subnets,
        "AWS::EC2::RouteTable" => Dataset.Ec2RouteTables,
        "AWS::SecretsManager::Secret" => Dataset.SecretsManagerSecrets,
        "AWS::CloudTrail::Trail" => Dataset.CloudTrailTrails,
        "AWS::GuardDuty::Detector" => Dataset.GuardDutyDetectors,
        _ => null,
    };
}
