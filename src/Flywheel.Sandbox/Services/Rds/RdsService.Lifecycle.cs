using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.Services.Kms;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>
/// The operations of a re-keying: copy a snapshot under another key, restore it as a new instance, delete the old
/// instance and snapshots; and snapshot sharing (ModifyDBSnapshotAttribute).
/// </summary>
internal sealed partial class RdsService
{
    private static ServiceReply CopyDbSnapshot(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var sourceId = p.Get("SourceDBSnapshotIdentifier");
        var targetId = p.Get("TargetDBSnapshotIdentifier")?.ToLowerInvariant();
        if (sourceId is null || targetId is null)
        {
            return new AwsError("MissingParameter", $"The request must contain the parameter {(sourceId is null ? "SourceDBSnapshotIdentifier" : "TargetDBSnapshotIdentifier")}");
        }

        var source = FindSnapshot(state, sourceId);
        if (source is null)
        {
            return new AwsError("DBSnapshotNotFound", $"DBSnapshot {sourceId} not found.", 404);
        }

        if (source.Status != "available")
        {
            return new AwsError("InvalidDBSnapshotState", $"Snapshot {source.Identifier} is not in available state.");
        }

        if (state.Snapshots.ContainsKey(targetId))
        {
            return new AwsError("DBSnapshotAlreadyExists", $"Cannot create the snapshot because a snapshot with the identifier {targetId} already exists.");
        }

        var keyArn = source.KmsKeyId;
        if (p.Get("KmsKeyId") is { } keyId)
        {
            var key = UsableKey(state, keyId);
            if (key.Error is { } keyError)
            {
                return keyError;
            }

            keyArn = key.Arn;
        }
        else if (source.KmsKeyId is not null && UsableKey(state, source.KmsKeyId).Error is { } sourceKeyError)
        {
            return sourceKeyError;
        }

        var copy = new DbSnapshotState
        {
            Identifier = targetId,
            Arn = state.Arn("rds", "snapshot:" + targetId),
            InstanceIdentifier = source.InstanceIdentifier,
            DbiResourceId = source.DbiResourceId,
            SnapshotType = "manual",
            Engine = source.Engine,
            EngineVersion = source.EngineVersion,
            Status = "creating",
            PercentProgress = 0,
            Encrypted = keyArn is not null,
            KmsKeyId = keyArn,
            AllocatedStorage = source.AllocatedStorage,
            Port = source.Port,
            AvailabilityZone = source.AvailabilityZone,
            VpcId = source.VpcId,
            MasterUsername = source.MasterUsername,
            StorageType = source.StorageType,
            LicenseModel = source.LicenseModel,
            IamDatabaseAuthenticationEnabled = source.IamDatabaseAuthenticationEnabled,
            SnapshotCreateTime = source.SnapshotCreateTime,
            InstanceCreateTime = source.InstanceCreateTime,
            SourceSnapshotArn = source.Arn,
            Tags = p.GetBool("CopyTags") is true ? [.. source.Tags] : [],
            ReadyAt = request.Now + state.Options.SnapshotDuration,
        };
        state.Snapshots[targetId] = copy;

        return ServiceReply.Ok(QueryResponse.Query("CopyDBSnapshot", Namespace, request.RequestId, RdsXml.Snapshot(copy, state))) with
        {
            Mutation = new MutationRecord([copy.Arn, source.Arn], new Dictionary<string, object?>
            {
                ["sourceDBSnapshotIdentifier"] = sourceId,
                ["targetDBSnapshotIdentifier"] = targetId,
                ["kmsKeyId"] = p.Get("KmsKeyId"),
            }),
        };
    }

    private static ServiceReply DeleteDbSnapshot(SandboxRequest request) => WithSnapshot(request, snapshot =>
    {
        if (snapshot.SnapshotType != "manual")
        {
            return new AwsError("InvalidDBSnapshotState", "Only manual snapshots may be deleted.");
        }

        if (snapshot.Status != "available")
        {
            return new AwsError("InvalidDBSnapshotState", "Cannot delete the snapshot because it is not in available state.");
        }

        request.State.Snapshots.Remove(snapshot.Identifier);
        snapshot.Status = "deleted";
        return ServiceReply.Ok(QueryResponse.Query("DeleteDBSnapshot", Namespace, request.RequestId, RdsXml.Snapshot(snapshot, request.State))) with
        {
            Mutation = new MutationRecord([snapshot.Arn], new Dictionary<string, object?> { ["dBSnapshotIdentifier"] = snapshot.Identifier }),
        };
    });

    private static ServiceReply ModifyDbSnapshotAttribute(SandboxRequest request) =>
        WithSnapshot(request, snapshot => ModifyRestoreAttribute(request, snapshot, cluster: false));

    private static ServiceReply ModifyDbClusterSnapshotAttribute(SandboxRequest request) =>
        WithClusterSnapshot(request, snapshot => ModifyRestoreAttribute(request, snapshot, cluster: true));

    // Sharing a snapshot: the restore attribute lists account ids, or "all" for public.
    private static ServiceReply ModifyRestoreAttribute(SandboxRequest request, DbSnapshotState snapshot, bool cluster)
    {
        var p = request.Parameters;
        if (p.Get("AttributeName") != "restore")
        {
            return AwsError.InvalidParameterValue($"Invalid snapshot attribute name: {p.Get("AttributeName")}. Valid values are: restore");
        }

        if (snapshot.SnapshotType != "manual")
        {
            return new AwsError("InvalidDBSnapshotState", "Only manual snapshots may be shared.");
        }

        var add = p.GetList("ValuesToAdd");
        var remove = p.GetList("ValuesToRemove");
        if (snapshot.Encrypted && add.Contains("all"))
        {
            return AwsError.InvalidParameterValue("Encrypted snapshots cannot be shared publicly.");
        }

        if (add.Count > 0 && IsEncryptedWithAwsManagedKey(request.State, snapshot))
        {
            return AwsError.InvalidParameterValue("A snapshot encrypted with the default KMS key of the account cannot be shared. Copy it with a customer managed key and share the copy.");
        }

        var unknown = add.Concat(remove).FirstOrDefault(v => v != "all" && (v.Length != 12 || !v.All(char.IsAsciiDigit)));
        if (unknown is not null)
        {
            return AwsError.InvalidParameterValue($"Invalid account id: {unknown}");
        }

        snapshot.RestoreAccounts.RemoveAll(remove.Contains);
        snapshot.RestoreAccounts.AddRange(add.Where(v => !snapshot.RestoreAccounts.Contains(v)));
        var operation = cluster ? "ModifyDBClusterSnapshotAttribute" : "ModifyDBSnapshotAttribute";
        var result = cluster ? RdsXml.ClusterSnapshotAttributes(snapshot) : RdsXml.SnapshotAttributes(snapshot);
        return ServiceReply.Ok(QueryResponse.Query(operation, Namespace, request.RequestId, result)) with
        {
            Mutation = new MutationRecord([snapshot.Arn], new Dictionary<string, object?>
            {
                [cluster ? "dBClusterSnapshotIdentifier" : "dBSnapshotIdentifier"] = snapshot.Identifier,
                ["attributeName"] = "restore",
                ["valuesToAdd"] = add,
                ["valuesToRemove"] = remove,
            }),
        };
    }

    /// <summary>AWS refuses to share a snapshot encrypted with the account's AWS managed key (aws/rds).</summary>
    internal static bool IsEncryptedWithAwsManagedKey(RegionState state, DbSnapshotState snapshot) =>
        snapshot.Encrypted && IsAwsManagedKey(state, snapshot.KmsKeyId);

    internal static bool IsAwsManagedKey(RegionState state, string? keyArn) =>
        keyArn is not null && state.Keys.Values.Any(k => k.Arn == keyArn && k.KeyManager == "AWS");

    private static ServiceReply RestoreDbInstanceFromDbSnapshot(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var identifier = p.Get("DBInstanceIdentifier")?.ToLowerInvariant();
        if (identifier is null)
        {
            return new AwsError("MissingParameter", "The request must contain the parameter DBInstanceIdentifier");
        }

        if (state.Instances.ContainsKey(identifier))
        {
            return new AwsError("DBInstanceAlreadyExists", "DB instance already exists");
        }

        return WithSnapshot(request, snapshot =>
        {
            if (snapshot.Status != "available")
            {
                return new AwsError("InvalidDBSnapshotState", $"Snapshot {snapshot.Identifier} is not in available state.");
            }

            if (snapshot.KmsKeyId is not null && UsableKey(state, snapshot.KmsKeyId).Error is { } keyError)
            {
                return keyError;
            }

            var template = state.Instances.Values.FirstOrDefault(i => i.DbiResourceId == snapshot.DbiResourceId);
            var groups = p.GetList("VpcSecurityGroupIds");
            var instance = new DbInstanceState
            {
                Identifier = identifier,
                Arn = state.Arn("rds", "db:" + identifier),
                DbiResourceId = "db-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(state.Arn("rds", "db:" + identifier))))[..26],
                Engine = snapshot.Engine,
                EngineVersion = snapshot.EngineVersion,
                InstanceClass = p.Get("DBInstanceClass") ?? template?.InstanceClass ?? "db.t3.medium",
                Status = "creating",
                BusyUntil = request.Now + state.Options.RestoreDuration(snapshot.AllocatedStorage),
                PubliclyAccessible = p.GetBool("PubliclyAccessible") ?? false,
                Port = p.GetInt("Port") ?? snapshot.Port,
                EndpointAddress = $"{identifier}.c{snapshot.DbiResourceId[3..14].ToLowerInvariant()}.{state.Region}.rds.amazonaws.com",
                VpcId = snapshot.VpcId,
                SubnetGroupName = p.Get("DBSubnetGroupName") ?? template?.SubnetGroupName ?? "default",
                SubnetIds = template?.SubnetIds ?? [],
                AvailabilityZone = snapshot.AvailabilityZone,
                VpcSecurityGroupIds = groups.Count > 0 ? [.. groups] : [.. template?.VpcSecurityGroupIds ?? []],
                ParameterGroupName = p.Get("DBParameterGroupName") ?? template?.ParameterGroupName ?? "default",
                OptionGroupName = template?.OptionGroupName ?? "default",
                StorageEncrypted = snapshot.Encrypted,
                KmsKeyId = snapshot.KmsKeyId,
                BackupRetentionPeriod = template?.BackupRetentionPeriod ?? 1,
                CopyTagsToSnapshot = p.GetBool("CopyTagsToSnapshot") ?? false,
                DeletionProtection = p.GetBool("DeletionProtection") ?? false,
                IamDatabaseAuthenticationEnabled = p.GetBool("EnableIAMDatabaseAuthentication") ?? false,
                MasterUsername = snapshot.MasterUsername,
                MultiAz = p.GetBool("MultiAZ") ?? false,
                StorageType = p.Get("StorageType") ?? snapshot.StorageType,
                AllocatedStorage = snapshot.AllocatedStorage,
                InstanceCreateTime = request.Now,
                LicenseModel = snapshot.LicenseModel,
                Tags = [.. p.GetStructures("Tags").Select(t => new KeyValuePair<string, string>(t.Get("Key") ?? "", t.Get("Value") ?? ""))],
            };
            state.Instances[identifier] = instance;
            return ServiceReply.Ok(QueryResponse.Query("RestoreDBInstanceFromDBSnapshot", Namespace, request.RequestId, RdsXml.Instance(instance, state, request.Now))) with
            {
                Mutation = new MutationRecord([instance.Arn, snapshot.Arn], new Dictionary<string, object?>
                {
                    ["dBInstanceIdentifier"] = identifier,
                    ["dBSnapshotIdentifier"] = snapshot.Identifier,
                }),
            };
        });
    }

    private static ServiceReply DeleteDbInstance(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var identifier = p.Get("DBInstanceIdentifier");
        var instance = identifier is null ? null : FindInstance(state, identifier);
        if (instance is null)
        {
            return new AwsError("DBInstanceNotFound", $"DBInstance {identifier} not found.", 404);
        }

        if (instance.DeletionProtection)
        {
            return new AwsError("InvalidParameterCombination", "Cannot delete protected DB Instance, please disable deletion protection and try again.");
        }

        if (instance.Status is "deleting" or "creating" or "backing-up")
        {
            return new AwsError("InvalidDBInstanceState", $"Instance {instance.Identifier} is already being deleted or is not in available state.");
        }

        var skipFinal = p.GetBool("SkipFinalSnapshot") ?? false;
        var finalId = p.Get("FinalDBSnapshotIdentifier")?.ToLowerInvariant();
        if (instance.ClusterIdentifier is null && !skipFinal && finalId is null)
        {
            return new AwsError("InvalidParameterCombination", "FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.");
        }

        if (finalId is not null && state.Snapshots.ContainsKey(finalId))
        {
            return new AwsError("DBSnapshotAlreadyExists", $"Cannot create the snapshot because a snapshot with the identifier {finalId} already exists.");
        }

        var doneAt = request.Now + state.Options.CreateDuration;
        if (finalId is not null && !skipFinal)
        {
            var final = InstanceSnapshotOf(state, instance, finalId, "manual", request.Now);
            final.Status = "creating";
            final.PercentProgress = 0;
            final.ReadyAt = doneAt;
            state.Snapshots[finalId] = final;
        }

        if (p.GetBool("DeleteAutomatedBackups") ?? true)
        {
            foreach (var automated in state.Snapshots.Values.Where(s => s.SnapshotType == "automated" && s.DbiResourceId == instance.DbiResourceId).ToList())
            {
                state.Snapshots.Remove(automated.Identifier);
            }
        }

        instance.Status = "deleting";
        instance.BusyUntil = doneAt;
        instance.PendingApplyAt = null;
        return ServiceReply.Ok(QueryResponse.Query("DeleteDBInstance", Namespace, request.RequestId, RdsXml.Instance(instance, state, request.Now))) with
        {
            Mutation = new MutationRecord([instance.Arn], new Dictionary<string, object?>
            {
                ["dBInstanceIdentifier"] = instance.Identifier,
                ["skipFinalSnapshot"] = skipFinal,
                ["finalDBSnapshotIdentifier"] = finalId,
            }),
        };
    }

    // RDS refuses keys it cannot use: unknown, disabled or pending deletion.
    private static (string? Arn, AwsError? Error) UsableKey(RegionState state, string keyId)
    {
        var (key, _) = KmsService.Resolve(state, keyId);
        if (key is null || key.KeyState != "Enabled")
        {
            return (null, new AwsError("KMSKeyNotAccessibleFault", $"The specified KMS key [{keyId}] does not exist, is not enabled or you do not have permissions to access it."));
        }

        return (key.Arn, null);
    }
}
