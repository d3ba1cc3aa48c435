using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>
/// ModifyDBCluster for Aurora: protection, backups, tags, windows, groups and log exports apply at once; the engine
/// version and IAM authentication wait for ApplyImmediately or the maintenance window.
/// </summary>
internal sealed partial class RdsService
{
    private static ServiceReply ModifyDbCluster(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var identifier = p.Get("DBClusterIdentifier");
        var cluster = identifier is null ? null : state.Clusters.Values.FirstOrDefault(c => string.Equals(c.Identifier, identifier, StringComparison.OrdinalIgnoreCase) || c.Arn == identifier);
        if (cluster is null)
        {
            return new AwsError("DBClusterNotFoundFault", $"DBCluster {identifier} not found.", 404);
        }

        if (cluster.Status != "available")
        {
            return new AwsError("InvalidDBClusterStateFault", $"DBCluster {cluster.Identifier} is not in available state.");
        }

        if (p.GetInt("BackupRetentionPeriod") is { } retention && retention is < 1 or > 35)
        {
            return AwsError.InvalidParameterValue($"Invalid backup retention period: {retention}. Valid values are 1 to 35 days.");
        }

        var groups = p.GetList("VpcSecurityGroupIds");
        if (groups.FirstOrDefault(g => !state.SecurityGroups.ContainsKey(g)) is { } unknownGroup)
        {
            return new AwsError("InvalidVPCNetworkStateFault", $"Invalid security group , groupId= {unknownGroup}, groupName=.");
        }

        if (p.Get("DBClusterParameterGroupName") is { } groupName && !state.ClusterParameterGroups.ContainsKey(groupName))
        {
            return GroupNotFound(groupName);
        }

        var applyImmediately = p.GetBool("ApplyImmediately") ?? false;
        var changed = new Dictionary<string, object?>(StringComparer.Ordinal) { ["dBClusterIdentifier"] = cluster.Identifier, ["applyImmediately"] = applyImmediately };
        var immediate = false;
        immediate |= Set(p.GetBool("DeletionProtection"), v => cluster.DeletionProtection = v, "deletionProtection", changed);
        immediate |= Set(p.GetBool("CopyTagsToSnapshot"), v => cluster.CopyTagsToSnapshot = v, "copyTagsToSnapshot", changed);
        immediate |= Set(p.GetInt("BackupRetentionPeriod"), v => cluster.BackupRetentionPeriod = v, "backupRetentionPeriod", changed);
        immediate |= Set(p.GetBool("AutoMinorVersionUpgrade"), v => cluster.AutoMinorVersionUpgrade = v, "autoMinorVersionUpgrade", changed);
        immediate |= Set(p.Get("PreferredBackupWindow"), v => cluster.PreferredBackupWindow = v, "preferredBackupWindow", changed);
        immediate |= Set(p.Get("PreferredMaintenanceWindow"), v => cluster.PreferredMaintenanceWindow = v, "preferredMaintenanceWindow", changed);
        immediate |= Set(p.Get("DBClusterParameterGroupName"), v => cluster.ParameterGroupName = v, "dBClusterParameterGroupName", changed);
        if (groups.Count > 0)
        {
            cluster.VpcSecurityGroupIds = [.. groups];
            foreach (var member in state.Instances.Values.Where(i => i.ClusterIdentifier == cluster.Identifier))
            {
                member.VpcSecurityGroupIds = [.. groups];
            }

            changed["vpcSecurityGroupIds"] = groups;
            immediate = true;
        }

        var enable = p.GetList("CloudwatchLogsExportConfiguration.EnableLogTypes");
        var disable = p.GetList("CloudwatchLogsExportConfiguration.DisableLogTypes");
        if (enable.Count > 0 || disable.Count > 0)
        {
            cluster.EnabledCloudwatchLogsExports = [.. cluster.EnabledCloudwatchLogsExports.Union(enable, StringComparer.Ordinal).Except(disable, StringComparer.Ordinal)];
            changed["cloudwatchLogsExportConfiguration"] = new Dictionary<string, object?> { ["enableLogTypes"] = enable, ["disableLogTypes"] = disable };
            immediate = true;
        }

        var deferred = false;
        deferred |= DeferCluster(cluster, "EngineVersion", p.Get("EngineVersion"), cluster.EngineVersion, changed);
        deferred |= DeferCluster(cluster, "IAMDatabaseAuthenticationEnabled", p.GetBool("EnableIAMDatabaseAuthentication")?.ToString().ToLowerInvariant(), cluster.IamDatabaseAuthenticationEnabled ? "true" : "false", changed);

        if (immediate || (applyImmediately && deferred))
        {
            cluster.Status = "modifying";
            cluster.BusyUntil = request.Now + state.Options.ModifyDuration;
            cluster.ApplyPendingWhenDone = applyImmediately;
        }

        if (!applyImmediately && cluster.Pending.Count > 0)
        {
            cluster.PendingApplyAt = MaintenanceWindow.NextStart(cluster.PreferredMaintenanceWindow, request.Now);
        }

        return ServiceReply.Ok(QueryResponse.Query("ModifyDBCluster", Namespace, request.RequestId, RdsXml.Cluster(cluster, state, request.Now))) with
        {
            Mutation = new MutationRecord([cluster.Arn], changed),
        };
    }

    private static bool DeferCluster(DbClusterState cluster, string member, string? value, string current, Dictionary<string, object?> changed)
    {
        if (value is null)
        {
            return false;
        }

        changed[char.ToLowerInvariant(member[0]) + member[1..]] = value;
        if (value == current)
        {
            cluster.Pending.Remove(member);
            return false;
        }

        cluster.Pending[member] = value;
        return true;
    }
}
