using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>ModifyDBInstance as documented: some settings apply at once, the others wait for ApplyImmediately or the maintenance window.</summary>
internal sealed partial class RdsService
{
    private static ServiceReply ModifyDbInstance(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var identifier = p.Get("DBInstanceIdentifier");
        if (identifier is null)
        {
            return new AwsError("MissingParameter", "The request must contain the parameter DBInstanceIdentifier");
        }

        var instance = FindInstance(state, identifier);
        if (instance is null)
        {
            return new AwsError("DBInstanceNotFound", $"DBInstance {identifier} not found.", 404);
        }

        if (instance.Status != "available")
        {
            return new AwsError("InvalidDBInstanceState", "Database instance is not in available state.");
        }

        if (p.GetInt("BackupRetentionPeriod") is { } retention && retention is < 0 or > 35)
        {
            return AwsError.InvalidParameterValue($"Invalid backup retention period: {retention}. Valid values are 0 to 35 days.");
        }

        if (p.GetInt("MonitoringInterval") is { } interval && interval is not (0 or 1 or 5 or 10 or 15 or 30 or 60))
        {
            return AwsError.InvalidParameterValue("Invalid value for MonitoringInterval. Valid Values: 0, 1, 5, 10, 15, 30, 60");
        }

        if (instance.ClusterIdentifier is not null && (p.Get("BackupRetentionPeriod") is not null || p.Get("EnableIAMDatabaseAuthentication") is not null || p.Get("DeletionProtection") is not null))
        {
            return new AwsError("InvalidParameterCombination", "The requested DB Instance will be a member of a DB Cluster. Set these parameters on the DB Cluster instead.");
        }

        var applyImmediately = p.GetBool("ApplyImmediately") ?? false;
        var newIdentifier = p.Get("NewDBInstanceIdentifier")?.ToLowerInvariant();
        if (newIdentifier is not null && newIdentifier != instance.Identifier)
        {
            if (!ValidIdentifier(newIdentifier))
            {
                return AwsError.InvalidParameterValue("The parameter NewDBInstanceIdentifier is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.");
            }

            if (state.Instances.ContainsKey(newIdentifier))
            {
                return new AwsError("DBInstanceAlreadyExists", "DB instance already exists");
            }
        }
        else
        {
            newIdentifier = null;
        }

        var changed = new Dictionary<string, object?>(StringComparer.Ordinal) { ["dBInstanceIdentifier"] = instance.Identifier, ["applyImmediately"] = applyImmediately };

        // Applied at once whatever ApplyImmediately says (per the ModifyDBInstance documentation).
        var immediate = false;
        immediate |= Set(p.GetBool("PubliclyAccessible"), v => instance.PubliclyAccessible = v, "publiclyAccessible", changed);
        immediate |= Set(p.GetBool("DeletionProtection"), v => instance.DeletionProtection = v, "deletionProtection", changed);
        immediate |= Set(p.GetBool("CopyTagsToSnapshot"), v => instance.CopyTagsToSnapshot = v, "copyTagsToSnapshot", changed);
        immediate |= Set(p.GetBool("AutoMinorVersionUpgrade"), v => instance.AutoMinorVersionUpgrade = v, "autoMinorVersionUpgrade", changed);
        immediate |= Set(p.GetInt("MonitoringInterval"), v => instance.MonitoringInterval = v, "monitoringInterval", changed);
        immediate |= Set(p.GetBool("EnablePerformanceInsights"), v => instance.PerformanceInsightsEnabled = v, "enablePerformanceInsights", changed);
        immediate |= Set(p.Get("PreferredMaintenanceWindow"), v => instance.PreferredMaintenanceWindow = v, "preferredMaintenanceWindow", changed);
        immediate |= Set(p.Get("PreferredBackupWindow"), v => instance.PreferredBackupWindow = v, "preferredBackupWindow", changed);
        if (p.GetList("VpcSecurityGroupIds") is { Count: > 0 } groups)
        {
            var unknown = groups.FirstOrDefault(g => !state.SecurityGroups.ContainsKey(g));
            if (unknown is not null)
            {
                return new AwsError("InvalidVPCNetworkStateFault", $"Invalid security group , groupId= {unknown}, groupName=.");
            }

            instance.VpcSecurityGroupIds = [.. groups];
            changed["vpcSecurityGroupIds"] = groups;
            immediate = true;
        }

        if (p.Get("DBParameterGroupName") is { } groupName && groupName != instance.ParameterGroupName)
        {
            if (!state.ParameterGroups.ContainsKey(groupName))
            {
                return GroupNotFound(groupName);
            }

            // The new group is associated at once and takes effect at the next reboot.
            instance.ParameterGroupName = groupName;
            instance.ParameterApplyStatus = "pending-reboot";
            changed["dBParameterGroupName"] = groupName;
            immediate = true;
        }

        var logs = p.GetList("CloudwatchLogsExportConfiguration.EnableLogTypes");
        var disable = p.GetList("CloudwatchLogsExportConfiguration.DisableLogTypes");
        if (logs.Count > 0 || disable.Count > 0)
        {
            instance.EnabledCloudwatchLogsExports = [.. instance.EnabledCloudwatchLogsExports.Union(logs, StringComparer.Ordinal).Except(disable, StringComparer.Ordinal)];
            changed["cloudwatchLogsExportConfiguration"] = new Dictionary<string, object?> { ["enableLogTypes"] = logs, ["disableLogTypes"] = disable };
            immediate = true;
        }

        if (p.GetBool("ManageMasterUserPassword") is true && instance.MasterUserSecretArn is null)
        {
            // RDS creates the secret in Secrets Manager, owned by rds and rotated every 7 days.
            var secretName = $"rds!db-{instance.DbiResourceId[3..].ToLowerInvariant()}";
            var secretKey = p.Get("MasterUserSecretKmsKeyId") ?? state.Aliases.GetValueOrDefault("alias/aws/secretsmanager")?.TargetKeyId;
            instance.MasterUserSecretArn = state.Arn("secretsmanager", $"secret:{secretName}-{instance.Identifier[..Math.Min(6, instance.Identifier.Length)]}");
            instance.MasterUserSecretKmsKeyId = secretKey is null ? null : state.Keys.GetValueOrDefault(secretKey)?.Arn ?? secretKey;
            state.Secrets[secretName] = new SecretState
            {
                Name = secretName,
                Arn = instance.MasterUserSecretArn,
                Description = $"Secret associated with primary RDS DB instance: {instance.Arn}",
                KmsKeyId = instance.MasterUserSecretKmsKeyId,
                RotationEnabled = true,
                RotationAutomaticallyAfterDays = 7,
                LastChangedDate = request.Now,
                NextRotationDate = request.Now.AddDays(7),
                CreatedDate = request.Now,
                OwningService = "rds",
                Tags = [new("aws:rds:primaryDBInstanceArn", instance.Arn)],
            };
            changed["manageMasterUserPassword"] = true;
            immediate = true;
        }

        // Deferred: shown in PendingModifiedValues until applied (now if ApplyImmediately, else in the maintenance window).
        var deferred = false;
        deferred |= Defer(instance, "DBInstanceClass", p.Get("DBInstanceClass"), instance.InstanceClass, changed);
        deferred |= Defer(instance, "AllocatedStorage", p.Get("AllocatedStorage"), Invariant(instance.AllocatedStorage), changed);
        deferred |= Defer(instance, "BackupRetentionPeriod", p.Get("BackupRetentionPeriod"), Invariant(instance.BackupRetentionPeriod), changed);
        deferred |= Defer(instance, "Port", p.Get("DBPortNumber"), Invariant(instance.Port), changed);
        deferred |= Defer(instance, "MultiAZ", p.GetBool("MultiAZ")?.ToString().ToLowerInvariant(), instance.MultiAz ? "true" : "false", changed);
        deferred |= Defer(instance, "EngineVersion", p.Get("EngineVersion"), instance.EngineVersion, changed);
        deferred |= Defer(instance, "CACertificateIdentifier", p.Get("CACertificateIdentifier"), instance.CaCertificateIdentifier, changed);
        deferred |= Defer(instance, "StorageType", p.Get("StorageType"), instance.StorageType, changed);
        deferred |= Defer(instance, "IAMDatabaseAuthenticationEnabled", p.GetBool("EnableIAMDatabaseAuthentication")?.ToString().ToLowerInvariant(), instance.IamDatabaseAuthenticationEnabled ? "true" : "false", changed);
        if (newIdentifier is not null)
        {
            // Shown as pending in the reply; with ApplyImmediately the instance is then renaming under its new name.
            instance.Pending["DBInstanceIdentifier"] = newIdentifier;
            changed["newDBInstanceIdentifier"] = newIdentifier;
            deferred = true;
        }

        if (applyImmediately && (deferred || instance.Pending.Count > 0) || immediate)
        {
            instance.Status = "modifying";
            instance.BusyUntil = request.Now + state.Options.ModifyDuration;
            if (applyImmediately)
            {
                instance.ApplyPendingWhenDone = true;
                instance.PendingApplyAt = null;
            }
        }

        if (!applyImmediately && instance.Pending.Count > 0)
        {
            instance.PendingApplyAt = MaintenanceWindow.NextStart(instance.PreferredMaintenanceWindow, request.Now);
        }

        // RDS answers with the instance as it was, the new name pending; the rename itself follows at once.
        var arn = instance.Arn;
        var reply = ServiceReply.Ok(QueryResponse.Query("ModifyDBInstance", Namespace, request.RequestId, RdsXml.Instance(instance, state, request.Now))) with
        {
            Mutation = new MutationRecord([arn], changed),
        };
        if (applyImmediately && newIdentifier is not null)
        {
            instance.Pending.Remove("DBInstanceIdentifier");
            state.RenameInstance(instance, newIdentifier);
            instance.Status = "renaming";
        }

        return reply;
    }

    // RDS identifiers: 1-63 letters, digits or hyphens; a letter first; no trailing or double hyphen.
    private static bool ValidIdentifier(string identifier) =>
        identifier.Length is >= 1 and <= 63 && char.IsAsciiLetter(identifier[0]) && !identifier.EndsWith('-') &&
        !identifier.Contains("--", StringComparison.Ordinal) && identifier.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static bool Set<T>(T? value, Action<T> apply, string name, Dictionary<string, object?> changed)
        where T : struct
    {
        if (value is not { } v)
        {
            return false;
        }

        apply(v);
        changed[name] = v;
        return true;
    }

    private static bool Set(string? value, Action<string> apply, string name, Dictionary<string, object?> changed)
    {
        if (value is null)
        {
            return false;
        }

        apply(value);
        changed[name] = value;
        return true;
    }

    private static bool Defer(DbInstanceState instance, string member, string? value, string current, Dictionary<string, object?> changed)
    {
        if (value is null)
        {
            return false;
        }

        changed[char.ToLowerInvariant(member[0]) + member[1..]] = value;
        if (value == current)
        {
            instance.Pending.Remove(member);
            return false;
        }

        instance.Pending[member] = value;
        return true;
    }
}
