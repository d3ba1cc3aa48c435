using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>RDS instances, clusters, proxies, event subscriptions and automated backups.</summary>
internal sealed class RdsExportReader : IExportServiceReader
{
    private const string Service = "rds";

    public void Read(ExportRegion region)
    {
        region.ReadList(Service, "describe-db-instances", Dataset.RdsDbInstances, root =>
            region.Resources.AddRange(Objects(root, "DBInstances").Select(db => RdsInstanceMapper.Map(db, region))));

        region.ReadList(Service, "describe-db-clusters", Dataset.RdsDbClusters, root =>
            region.Resources.AddRange(Objects(root, "DBClusters").Select(db => RdsClusterMapper.Map(db, region))));

        region.ReadList(Service, "describe-db-proxies", Dataset.RdsDbProxies, root =>
            region.Resources.AddRange(Objects(root, "DBProxies").Select(p =>
            {
                var name = RequiredStr(p, "DBProxyName", "each DBProxies[] entry");
                var auth = Objects(p, "Auth").ToArray();
                return new DbProxy
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(p, "DBProxyArn") ?? region.Arn("rds", "db-proxy:" + name),
                    ProxyName = name,
                    EngineFamily = Str(p, "EngineFamily"),
                    Status = Str(p, "Status"),
                    RequireTls = Bool(p, "RequireTLS"),
                    VpcId = Str(p, "VpcId"),
                    VpcSecurityGroupIds = StringList(p, "VpcSecurityGroupIds"),
                    AuthSecretArns = auth.Select(a => Str(a, "SecretArn")).OfType<string>().ToArray(),
                    AuthIamModes = auth.Select(a => Str(a, "IAMAuth")).OfType<string>().ToArray(),
                };
            })));

        region.ReadList(Service, "describe-event-subscriptions", Dataset.RdsEventSubscriptions, root =>
            region.Resources.AddRange(Objects(root, "EventSubscriptionsList").Select(s =>
            {
                var name = RequiredStr(s, "CustSubscriptionId", "each EventSubscriptionsList[] entry");
                return new EventSubscription
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(s, "EventSubscriptionArn") ?? region.Arn("rds", "es:" + name),
                    SubscriptionName = name,
                    Enabled = Bool(s, "Enabled"),
                    Status = Str(s, "Status"),
                    SourceType = Str(s, "SourceType"),
                    EventCategories = StringList(s, "EventCategoriesList"),
                    SourceIds = StringList(s, "SourceIdsList"),
                    SnsTopicArn = Str(s, "SnsTopicArn"),
                };
            })));

        region.ReadList(Service, "describe-db-instance-automated-backups", Dataset.RdsAutomatedBackups, root =>
            region.Resources.AddRange(Objects(root, "DBInstanceAutomatedBackups").Select(b =>
            {
                // AWS always sends DbiResourceId; emulators may not, and the instance name identifies the backup as well.
                var resourceId = Str(b, "DbiResourceId")
                    ?? RequiredStr(b, "DBInstanceIdentifier", "each DBInstanceAutomatedBackups[] entry (without DbiResourceId)");
                return new AutomatedBackup
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(b, "DBInstanceAutomatedBackupsArn") ?? region.Arn("rds", "auto-backup:" + resourceId),
                    Tags = Tags(b, "TagList"),
                    DbiResourceId = resourceId,
                    DbInstanceIdentifier = Str(b, "DBInstanceIdentifier"),
                    SourceRegion = Str(b, "Region"),
                    Status = Str(b, "Status"),
                    Encrypted = Bool(b, "Encrypted"),
                    KmsKeyId = Str(b, "KmsKeyId"),
                    BackupRetentionPeriod = Int(b, "BackupRetentionPeriod"),
                };
            })));
    }
}
