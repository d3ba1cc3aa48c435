using System.Xml.Linq;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>
/// The read operations around the databases: option groups, proxies, event subscriptions, engine versions and
/// their lifecycles, and automated backups.
/// </summary>
internal sealed partial class RdsService
{
    private static ServiceReply DescribeOptionGroups(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var groups = state.Instances.Values
            .GroupBy(i => i.OptionGroupName, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Engine: g.First().Engine, Major: EngineCatalog.Major(g.First().Engine, g.First().EngineVersion), VpcId: g.First().VpcId))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        if (p.Get("OptionGroupName") is { } name)
        {
            groups = [.. groups.Where(g => g.Name == name)];
            if (groups.Count == 0)
            {
                return new AwsError("OptionGroupNotFoundFault", $"Specified OptionGroupName: {name} not found.", 404);
            }
        }

        groups = [.. groups.Where(g => (p.Get("EngineName") is not { } engine || g.Engine == engine) && (p.Get("MajorEngineVersion") is not { } major || g.Major == major))];
        return Paged(request, "DescribeOptionGroups", groups, page => Xml.List("OptionGroupsList", page.Select(g => new XElement("OptionGroup",
            new XElement("OptionGroupName", g.Name),
            new XElement("OptionGroupDescription", g.Name.StartsWith("default:", StringComparison.Ordinal) ? $"Default option group for {g.Engine} {g.Major}" : g.Name),
            new XElement("EngineName", g.Engine),
            new XElement("MajorEngineVersion", g.Major),
            new XElement("Options"),
            Xml.Opt("AllowsVpcAndNonVpcInstanceMemberships", true),
            new XElement("OptionGroupArn", state.Arn("rds", "og:" + g.Name))))));
    }

    private static ServiceReply DescribeDbProxies(SandboxRequest request)
    {
        var state = request.State;
        List<DbProxyState> proxies = state.Proxies;
        if (request.Parameters.Get("DBProxyName") is { } name)
        {
            proxies = [.. proxies.Where(x => x.Name == name)];
            if (proxies.Count == 0)
            {
                return new AwsError("DBProxyNotFoundFault", $"DBProxy {name} not found.", 404);
            }
        }

        return Paged(request, "DescribeDBProxies", proxies, page => Xml.List("DBProxies", page.Select(x => new XElement("member",
            new XElement("DBProxyName", x.Name),
            new XElement("DBProxyArn", x.Arn),
            new XElement("Status", "available"),
            new XElement("EngineFamily", x.EngineFamily),
            new XElement("VpcId", x.VpcId),
            Xml.List("VpcSecurityGroupIds", "member", x.SecurityGroupIds),
            Xml.List("VpcSubnetIds", "member", x.SubnetIds),
            Xml.List("Auth", [new XElement("member",
                new XElement("AuthScheme", "SECRETS"),
                new XElement("SecretArn", x.SecretArn),
                new XElement("IAMAuth", "DISABLED"),
                new XElement("ClientPasswordAuthType", x.EngineFamily == "POSTGRESQL" ? "POSTGRES_SCRAM_SHA_256" : "MYSQL_NATIVE_PASSWORD"))]),
            new XElement("RoleArn", x.RoleArn),
            new XElement("Endpoint", $"{x.Name}.proxy-{x.Arn[^12..].ToLowerInvariant()}.{state.Region}.rds.amazonaws.com"),
            Xml.Opt("RequireTLS", x.RequireTls),
            Xml.Opt("IdleClientTimeout", 1800),
            Xml.Opt("DebugLogging", false),
            Xml.Opt("CreatedDate", x.CreatedDate),
            Xml.Opt("UpdatedDate", x.CreatedDate)))));
    }

    private static ServiceReply DescribeEventSubscriptions(SandboxRequest request)
    {
        var state = request.State;
        List<EventSubscriptionState> subscriptions = state.EventSubscriptions;
        if (request.Parameters.Get("SubscriptionName") is { } name)
        {
            subscriptions = [.. subscriptions.Where(x => x.Name == name)];
            if (subscriptions.Count == 0)
            {
                return new AwsError("SubscriptionNotFound", $"Subscription {name} not found.", 404);
            }
        }

        return Paged(request, "DescribeEventSubscriptions", subscriptions, page => Xml.List("EventSubscriptionsList", page.Select(x => new XElement("EventSubscription",
            new XElement("CustomerAwsId", state.AccountId),
            new XElement("CustSubscriptionId", x.Name),
            new XElement("SnsTopicArn", x.SnsTopicArn),
            new XElement("Status", "active"),
            new XElement("SubscriptionCreationTime", Xml.Timestamp(x.Created)),
            new XElement("SourceType", x.SourceType),
            x.SourceIds.Count > 0 ? Xml.List("SourceIdsList", "SourceId", x.SourceIds) : null,
            Xml.List("EventCategoriesList", "EventCategory", x.EventCategories),
            Xml.Opt("Enabled", x.Enabled),
            new XElement("EventSubscriptionArn", x.Arn)))));
    }

    private static ServiceReply DescribeDbEngineVersions(SandboxRequest request)
    {
        var p = request.Parameters;
        var includeAll = p.GetBool("IncludeAll") ?? false;
        var versions = EngineCatalog.Versions
            .Where(v => includeAll || v.Status == "available")
            .Where(v => p.Get("Engine") is not { } engine || v.Engine == engine)
            .Where(v => p.Get("EngineVersion") is not { } version || v.Version == version || v.Version.StartsWith(version + ".", StringComparison.Ordinal))
            .Where(v => p.Get("DBParameterGroupFamily") is not { } family || EngineCatalog.Family(v.Engine, v.Version) == family)
            .ToList();
        if (p.GetBool("DefaultOnly") is true)
        {
            versions = [.. versions.GroupBy(v => v.Engine).Select(g => g.Last(v => v.Status == "available"))];
        }

        return Paged(request, "DescribeDBEngineVersions", versions, page => Xml.List("DBEngineVersions", page.Select(v => new XElement("DBEngineVersion",
            new XElement("Engine", v.Engine),
            new XElement("MajorEngineVersion", EngineCatalog.Major(v.Engine, v.Version)),
            new XElement("EngineVersion", v.Version),
            new XElement("DBParameterGroupFamily", EngineCatalog.Family(v.Engine, v.Version)),
            new XElement("DBEngineDescription", v.Engine),
            new XElement("DBEngineVersionDescription", $"{v.Engine} {v.Version}"),
            Xml.List("ValidUpgradeTarget", EngineCatalog.Versions
                .Where(t => t.Engine == v.Engine && t.Status == "available" && string.CompareOrdinal(t.Version, v.Version) > 0)
                .Select(t => new XElement("UpgradeTarget",
                    new XElement("Engine", t.Engine),
                    new XElement("EngineVersion", t.Version),
                    new XElement("Description", $"{t.Engine} {t.Version}"),
                    Xml.Opt("AutoUpgrade", false),
                    Xml.Opt("IsMajorVersionUpgrade", EngineCatalog.Major(t.Engine, t.Version) != EngineCatalog.Major(v.Engine, v.Version))))),
            Xml.List("ExportableLogTypes", "member", v.Engine.Contains("postgres", StringComparison.Ordinal) ? ["postgresql", "upgrade"] : ["audit", "error", "general", "slowquery"]),
            Xml.Opt("SupportsLogExportsToCloudwatchLogs", true),
            Xml.Opt("SupportsReadReplica", true),
            new XElement("Status", v.Status),
            Xml.List("SupportedCACertificateIdentifiers", "member", ["rds-ca-2019", "rds-ca-ecc384-g1", "rds-ca-rsa2048-g1", "rds-ca-rsa4096-g1"]),
            Xml.Opt("SupportsCertificateRotationWithoutRestart", true)))));
    }

    private static ServiceReply DescribeDbMajorEngineVersions(SandboxRequest request)
    {
        var p = request.Parameters;
        var majors = EngineCatalog.Versions
            .Select(v => (v.Engine, Major: EngineCatalog.Major(v.Engine, v.Version)))
            .Distinct()
            .Where(m => (p.Get("Engine") is not { } engine || m.Engine == engine) && (p.Get("MajorEngineVersion") is not { } major || m.Major == major))
            .ToList();
        return Paged(request, "DescribeDBMajorEngineVersions", majors, page => Xml.List("DBMajorEngineVersions", page.Select(m =>
        {
            var end = EngineCatalog.StandardSupportEnd(m.Engine, m.Major);
            const string Prefix = "open-source-rds-";
            return new XElement("DBMajorEngineVersion",
                new XElement("Engine", m.Engine),
                new XElement("MajorEngineVersion", m.Major),
                new XElement("SupportedEngineLifecycles",
                    Lifecycle(Prefix + "standard-support", EngineCatalog.StandardSupportStart(m.Engine, m.Major), end),
                    Lifecycle(Prefix + "extended-support", end, end.AddYears(3))));
        })));
    }

    private static XElement Lifecycle(string name, DateTimeOffset start, DateTimeOffset end) =>
        new("SupportedEngineLifecycle",
            new XElement("LifecycleSupportName", name),
            Xml.Opt("LifecycleSupportStartDate", start),
            Xml.Opt("LifecycleSupportEndDate", end));

    private static ServiceReply DescribeDbInstanceAutomatedBackups(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        if (ValidateFilters(p, ["db-instance-id", "dbi-resource-id", "status"]) is { } filterError)
        {
            return filterError;
        }

        var filters = p.GetFilters("Filters", "Values");
        var backups = state.Instances.Values
            .Where(i => i.BackupRetentionPeriod > 0 && i.ClusterIdentifier is null)
            .Where(i => p.Get("DBInstanceIdentifier") is not { } id || i.Identifier == id)
            .Where(i => p.Get("DbiResourceId") is not { } resource || i.DbiResourceId == resource)
            .Where(i => filters.All(f => f.Name switch
            {
                "db-instance-id" => f.Matches(i.Identifier) || f.Matches(i.Arn),
                "dbi-resource-id" => f.Matches(i.DbiResourceId),
                "status" => f.Matches("active"),
                _ => false,
            }))
            .ToList();
        if (backups.Count == 0 && (p.Get("DBInstanceIdentifier") ?? p.Get("DbiResourceId")) is { } missing)
        {
            return new AwsError("DBInstanceAutomatedBackupNotFound", $"No automated backup found for {missing}.", 404);
        }

        return Paged(request, "DescribeDBInstanceAutomatedBackups", backups, "DBInstanceAutomatedBackups"u8, 2048, (x, i) =>
        {
            x.Open("DBInstanceAutomatedBackup"u8);
            x.Element("DBInstanceArn"u8, i.Arn);
            x.Element("DbiResourceId"u8, i.DbiResourceId);
            x.Element("Region"u8, state.Region);
            x.Element("DBInstanceIdentifier"u8, i.Identifier);
            x.Open("RestoreWindow"u8);
            x.Opt("EarliestTime"u8, Max(i.InstanceCreateTime, request.Now.AddDays(-i.BackupRetentionPeriod)));
            x.Opt("LatestTime"u8, request.Now.AddMinutes(-5));
            x.Close("RestoreWindow"u8);
            x.Opt("AllocatedStorage"u8, i.AllocatedStorage);
            x.Element("Status"u8, "active");
            x.Opt("Port"u8, i.Port);
            x.Element("AvailabilityZone"u8, i.AvailabilityZone);
            x.Element("VpcId"u8, i.VpcId);
            x.Opt("InstanceCreateTime"u8, i.InstanceCreateTime);
            x.Element("MasterUsername"u8, i.MasterUsername);
            x.Element("Engine"u8, i.Engine);
            x.Element("EngineVersion"u8, i.EngineVersion);
            x.Element("LicenseModel"u8, i.LicenseModel);
            x.Element("OptionGroupName"u8, i.OptionGroupName);
            x.Opt("Encrypted"u8, i.StorageEncrypted);
            x.Element("StorageType"u8, i.StorageType);
            x.OptElement("KmsKeyId"u8, i.KmsKeyId);
            x.Opt("IAMDatabaseAuthenticationEnabled"u8, i.IamDatabaseAuthenticationEnabled);
            x.Opt("BackupRetentionPeriod"u8, i.BackupRetentionPeriod);
            x.Element("PreferredBackupWindow"u8, i.PreferredBackupWindow);
            x.Element("DBInstanceAutomatedBackupsArn"u8, state.Arn("rds", "auto-backup:ab-" + i.DbiResourceId[3..].ToLowerInvariant()));
            x.Element("BackupTarget"u8, "region");
            x.Close("DBInstanceAutomatedBackup"u8);
        });
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
