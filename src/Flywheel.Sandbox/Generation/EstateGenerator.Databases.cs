using System.Globalization;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>RDS instances (standalone and Aurora cluster members), clusters and snapshots.</summary>
internal sealed partial class EstateGenerator
{
    private void GenerateDatabases(RegionState state, GeneratedNetwork network, GeneratedKeys keys, List<SandboxAccount> accounts)
    {
        var clusterCount = (int)(spec.InstancesPerRegion * spec.ClusterShare) / 2;
        for (var c = 0; c < clusterCount; c++)
        {
            AddCluster(state, network, keys, c);
        }

        for (var i = clusterCount * 2; i < spec.InstancesPerRegion; i++)
        {
            var instance = AddInstance(state, network, keys, Pick(spec.Engines), Pick(spec.Teams), i, cluster: null);
            AddSnapshots(state, instance, ManualSnapshots(i - (clusterCount * 2)), accounts);
        }

        // One proxy in front of the first standalone instance, and the account's event subscription (unless misconfigured).
        var proxied = state.Instances.Values.FirstOrDefault(i => i.ClusterIdentifier is null && i.MasterUserSecretArn is not null);
        if (proxied is not null)
        {
            var name = proxied.Identifier + "-proxy";
            state.Proxies.Add(new DbProxyState(name, state.Arn("rds", "db-proxy:prx-" + Ids.HexId("", 17)), proxied.Engine.Contains("postgres", StringComparison.Ordinal) ? "POSTGRESQL" : "MYSQL",
                network.VpcId, [.. proxied.VpcSecurityGroupIds], [.. network.Subnets.Take(2).Select(s => s.SubnetId)], proxied.MasterUserSecretArn!,
                $"arn:aws:iam::{state.AccountId}:role/rds-proxy-role", RequireTls: !Misconfigured("proxy-tls-optional"), DaysAgo(10, 300)));
        }

        if (!Misconfigured("no-event-subscription"))
        {
            var name = "rds-critical-events";
            state.EventSubscriptions.Add(new EventSubscriptionState(name, state.Arn("rds", "es:" + name), state.Arn("sns", "rds-events"), "db-instance", [],
                ["availability", "configuration change", "deletion", "failover", "failure", "low storage", "maintenance", "notification"], Enabled: true, DaysAgo(10, 500)));
        }
    }

    private void AddCluster(RegionState state, GeneratedNetwork network, GeneratedKeys keys, int index)
    {
        var engine = Pick(spec.ClusterEngines);
        var team = Pick(spec.Teams);
        var identifier = $"{team}-{engine}-cluster-{index + 1}";
        var encrypted = !Misconfigured("unencrypted");
        var cluster = new DbClusterState
        {
            Identifier = identifier,
            Arn = state.Arn("rds", "cluster:" + identifier),
            ResourceId = "cluster-" + Ids.Alphanumeric(26),
            Engine = engine,
            EngineVersion = EngineVersion(engine),
            Port = Port(engine),
            Endpoint = $"{identifier}.cluster-{Ids.HexId("c", 11)}.{state.Region}.rds.amazonaws.com",
            ReaderEndpoint = $"{identifier}.cluster-ro-{Ids.HexId("c", 11)}.{state.Region}.rds.amazonaws.com",
            SubnetGroupName = "default-" + network.VpcId,
            ParameterGroupName = ParameterGroupFor(state, engine, team, isCluster: true),
            VpcSecurityGroupIds = [Pick(network.DatabaseGroupIds)],
            AvailabilityZones = [.. network.Subnets.Select(s => s.AvailabilityZone)],
            StorageEncrypted = encrypted,
            KmsKeyId = encrypted ? (keys.CustomerKeyArns.Count > 0 && _random.NextDouble() < 0.7 ? Pick(keys.CustomerKeyArns) : keys.AwsRdsKeyArn) : null,
            BackupRetentionPeriod = Misconfigured("short-backup-retention") ? 1 : 7,
            CopyTagsToSnapshot = !Misconfigured("no-copy-tags-to-snapshot"),
            DeletionProtection = !Misconfigured("no-deletion-protection"),
            IamDatabaseAuthenticationEnabled = !Misconfigured("no-iam-authentication"),
            EnabledCloudwatchLogsExports = Misconfigured("no-log-exports") ? [] : [engine == "aurora-mysql" ? "audit" : "postgresql"],
            ClusterCreateTime = DaysAgo(30, 900),
            Tags = OwnerTags(team),
        };
        state.Clusters[identifier] = cluster;
        var taken = new DateTimeOffset(now.AddDays(-1).Date.AddHours(3), TimeSpan.Zero);
        var automated = $"rds:{identifier}-{taken.ToString("yyyy-MM-dd-HH-mm", CultureInfo.InvariantCulture)}";
        state.ClusterSnapshots[automated] = Services.Rds.RdsService.ClusterSnapshotOf(state, cluster, automated, "automated", taken);
        for (var m = 0; m < ManualSnapshots(index); m++)
        {
            var manual = Services.Rds.RdsService.ClusterSnapshotOf(state, cluster, $"{identifier}-manual-{m + 1}", "manual", DaysAgo(2, 200));
            if (Misconfigured("public-snapshot") && !manual.Encrypted)
            {
                manual.RestoreAccounts.Add("all");
            }

            state.ClusterSnapshots[manual.Identifier] = manual;
        }

        for (var m = 0; m < 2; m++)
        {
            AddInstance(state, network, keys, engine, team, m, cluster);
        }
    }

    private DbInstanceState AddInstance(RegionState state, GeneratedNetwork network, GeneratedKeys keys, string engine, string team, int index, DbClusterState? cluster)
    {
        var identifier = cluster is null ? $"{team}-{engine}-{index + 1}" : $"{cluster.Identifier.Replace("-cluster-", "-", StringComparison.Ordinal)}-instance-{index + 1}";
        var encrypted = cluster?.StorageEncrypted ?? !Misconfigured("unencrypted");
        var subnet = network.Subnets[index % 2];
        var instance = new DbInstanceState
        {
            Identifier = identifier,
            Arn = state.Arn("rds", "db:" + identifier),
            DbiResourceId = "db-" + Ids.Alphanumeric(26),
            Engine = engine,
            EngineVersion = cluster?.EngineVersion ?? EngineVersion(engine),
            InstanceClass = Pick(["db.t3.medium", "db.r6g.large", "db.m6i.xlarge"]),
            ClusterIdentifier = cluster?.Identifier,
            PubliclyAccessible = Misconfigured("public-access"),
            Port = Port(engine),
            EndpointAddress = $"{identifier}.{Ids.HexId("c", 11)}.{state.Region}.rds.amazonaws.com",
            VpcId = network.VpcId,
            SubnetGroupName = "default-" + network.VpcId,
            SubnetIds = [.. network.Subnets.Select(s => s.SubnetId)],
            AvailabilityZone = subnet.AvailabilityZone,
            VpcSecurityGroupIds = cluster is null ? [Pick(network.DatabaseGroupIds)] : [.. cluster.VpcSecurityGroupIds],
            ParameterGroupName = cluster is null ? ParameterGroupFor(state, engine, team, isCluster: false) : state.ParameterGroup("default." + ParameterFamily(engine), ParameterFamily(engine), isCluster: false).Name,
            OptionGroupName = "default:" + engine.Replace("aurora-", "aurora-", StringComparison.Ordinal) + "-" + EngineVersion(engine).Split('.')[0],
            StorageEncrypted = encrypted,
            KmsKeyId = cluster?.KmsKeyId ?? (encrypted ? (keys.CustomerKeyArns.Count > 0 && _random.NextDouble() < 0.6 ? Pick(keys.CustomerKeyArns) : keys.AwsRdsKeyArn) : null),
            BackupRetentionPeriod = cluster?.BackupRetentionPeriod ?? (Misconfigured("short-backup-retention") ? _random.Next(0, 2) : 7),
            CopyTagsToSnapshot = cluster?.CopyTagsToSnapshot ?? !Misconfigured("no-copy-tags-to-snapshot"),
            DeletionProtection = cluster?.DeletionProtection ?? !Misconfigured("no-deletion-protection"),
            IamDatabaseAuthenticationEnabled = cluster?.IamDatabaseAuthenticationEnabled ?? !Misconfigured("no-iam-authentication"),
            MonitoringInterval = Misconfigured("no-enhanced-monitoring") ? 0 : 60,
            EnabledCloudwatchLogsExports = cluster is not null ? [] : Misconfigured("no-log-exports") ? [] : [engine == "postgres" ? "postgresql" : "error"],
            AutoMinorVersionUpgrade = !Misconfigured("no-auto-minor-version-upgrade"),
            PerformanceInsightsEnabled = !Misconfigured("no-performance-insights"),
            CaCertificateIdentifier = Misconfigured("outdated-ca-certificate") ? "rds-ca-2019" : "rds-ca-rsa2048-g1",
            MultiAz = cluster is null && _random.NextDouble() < 0.5,
            AllocatedStorage = 20 * _random.Next(1, 25),
            InstanceCreateTime = cluster?.ClusterCreateTime ?? DaysAgo(30, 1200),
            PreferredMaintenanceWindow = Pick(["sun:05:00-sun:05:30", "sat:23:00-sat:23:30", "wed:03:00-wed:03:30"]),
            LicenseModel = engine.Contains("postgres", StringComparison.Ordinal) ? "postgresql-license" : "general-public-license",
            Tags = cluster is null ? OwnerTags(team) : [.. cluster.Tags],
        };
        instance.PerformanceInsightsKmsKeyId = instance.PerformanceInsightsEnabled ? keys.AwsRdsKeyArn : null;
        if (cluster is null && _random.NextDouble() < 0.5)
        {
            instance.MasterUserSecretArn = state.Arn("secretsmanager", $"secret:rds!db-{Ids.Uuid()}-{Ids.Alphanumeric(6)}");
            instance.MasterUserSecretKmsKeyId = keys.AwsSecretsManagerKeyArn;
        }

        state.Instances[identifier] = instance;
        AddRdsGrant(state, instance.KmsKeyId, instance.DbiResourceId, instance.InstanceCreateTime);
        return instance;
    }

    // The whole part of the spec's count for every resource, one more for the fractional share of them: resource n
    // gets the extra one when the running total floor(n × share) steps up, so any n consecutive resources hold the
    // share to within one, without a random draw.
    private int ManualSnapshots(int ordinal)
    {
        var perResource = Math.Max(0, spec.ManualSnapshotsPerInstance);
        var whole = Math.Floor(perResource);
        var share = perResource - whole;
        var extra = Math.Floor(((ordinal + 1) * share) + 1e-9) > Math.Floor((ordinal * share) + 1e-9) ? 1 : 0;
        return (int)whole + extra;
    }

    private void AddSnapshots(RegionState state, DbInstanceState instance, int manualSnapshots, List<SandboxAccount> accounts)
    {
        if (instance.BackupRetentionPeriod > 0)
        {
            var taken = now.AddDays(-1).Date.AddHours(3);
            var identifier = $"rds:{instance.Identifier}-{taken.ToString("yyyy-MM-dd-HH-mm", CultureInfo.InvariantCulture)}";
            state.Snapshots[identifier] = Services.Rds.RdsService.InstanceSnapshotOf(state, instance, identifier, "automated", new DateTimeOffset(taken, TimeSpan.Zero));
        }

        for (var m = 0; m < manualSnapshots; m++)
        {
            var identifier = $"{instance.Identifier}-manual-{m + 1}";
            List<string> restore = Misconfigured("public-snapshot") ? ["all"]
                : accounts.Count > 1 && _random.NextDouble() < 0.2 ? [Pick(accounts.Where(a => a.AccountId != state.AccountId).ToList()).AccountId]
                : [];
            state.Snapshots[identifier] = Services.Rds.RdsService.InstanceSnapshotOf(state, instance, identifier, "manual", DaysAgo(2, 200), restore: AllowedSharing(state, instance, restore));
        }
    }

    // Only what AWS allows: an encrypted snapshot is never public, and one encrypted with the AWS managed key is
    // shared with nobody. The draws are made either way, so the rest of the estate does not change with them.
    private static List<string> AllowedSharing(RegionState state, DbInstanceState instance, List<string> restore) =>
        !instance.StorageEncrypted ? restore
        : Services.Rds.RdsService.IsAwsManagedKey(state, instance.KmsKeyId) ? []
        : [.. restore.Where(v => v != "all")];

    // Half the databases use a team group that sets the TLS-enforcing parameter (off when misconfigured).
    private string ParameterGroupFor(RegionState state, string engine, string team, bool isCluster)
    {
        var family = ParameterFamily(engine);
        if (_random.NextDouble() < 0.5)
        {
            return state.ParameterGroup("default." + family, family, isCluster).Name;
        }

        var name = $"{team}-{family.Replace('.', '-')}{(isCluster ? "-cluster" : "")}";
        var exists = (isCluster ? state.ClusterParameterGroups : state.ParameterGroups).ContainsKey(name);
        var group = state.ParameterGroup(name, family, isCluster, $"{team} {family} parameters");
        if (!exists)
        {
            var tls = group.Parameters.GetValueOrDefault("rds.force_ssl") ?? group.Parameters.GetValueOrDefault("require_secure_transport");
            if (tls is not null)
            {
                tls.Value = Misconfigured("tls-not-enforced") ? "0" : "1";
                tls.Source = "user";
            }
        }

        return name;
    }

    // RDS holds a grant on the key of each encrypted instance, constrained to that instance's resource id.
    private void AddRdsGrant(RegionState state, string? keyArn, string resourceId, DateTimeOffset created)
    {
        var key = keyArn is null ? null : state.Keys.Values.FirstOrDefault(k => k.Arn == keyArn);
        key?.Grants.Add(new KmsGrantState(
            Ids.HexId("", 64),
            null,
            created,
            $"rds.{state.Region}.amazonaws.com",
            $"rds.{state.Region}.amazonaws.com",
            $"arn:aws:iam::{state.AccountId}:root",
            ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo", "CreateGrant", "RetireGrant", "DescribeKey"],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["aws:rds:db-id"] = resourceId }));
    }

    private static int Port(string engine) => engine.Contains("postgres", StringComparison.Ordinal) ? 5432 : 3306;

    private static string EngineVersion(string engine) => engine switch
    {
        "postgres" => "16.4",
        "mysql" => "8.0.39",
        "mariadb" => "10.11.9",
        "aurora-postgresql" => "15.4",
        "aurora-mysql" => "8.0.mysql_aurora.3.05.2",
        _ => "1.0",
    };

    private static string ParameterFamily(string engine) => engine switch
    {
        "postgres" => "postgres16",
        "mysql" => "mysql8.0",
        "mariadb" => "mariadb10.11",
        "aurora-postgresql" => "aurora-postgresql15",
        "aurora-mysql" => "aurora-mysql8.0",
        _ => engine,
    };
}
