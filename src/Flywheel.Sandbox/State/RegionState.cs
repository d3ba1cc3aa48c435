namespace Flywheel.Sandbox.State;

/// <summary>
/// Everything the sandbox holds for one account × region. Requests take <see cref="Gate"/>, bring the state up to
/// the clock with <see cref="Advance"/>, then read or change it: transitions happen lazily, exactly when a caller
/// could observe them, so a fake clock drives them deterministically.
/// </summary>
internal sealed class RegionState(string accountId, string region, SandboxOptions options)
{
    // Nothing is due before this time (MinValue: unknown, look at everything on the next Advance).
    private DateTimeOffset _nextDue = DateTimeOffset.MinValue;

    public Lock Gate { get; } = new();

    public string AccountId { get; } = accountId;

    public string Region { get; } = region;

    public SandboxOptions Options { get; } = options;

    public OrderedIndex<DbInstanceState> Instances { get; } = new();

    public SortedDictionary<string, DbClusterState> Clusters { get; } = new(StringComparer.Ordinal);

    public OrderedIndex<DbSnapshotState> Snapshots { get; } = new();

    /// <summary>DB cluster snapshots; InstanceIdentifier and DbiResourceId hold the cluster's identifier and resource id.</summary>
    public SortedDictionary<string, DbSnapshotState> ClusterSnapshots { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, KmsKeyState> Keys { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, KmsAliasState> Aliases { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, SecurityGroupState> SecurityGroups { get; } = new(StringComparer.Ordinal);

    public List<SubnetState> Subnets { get; } = [];

    public List<RouteTableState> RouteTables { get; } = [];

    public SortedDictionary<string, SecretState> Secrets { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, ParameterGroupState> ParameterGroups { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, ParameterGroupState> ClusterParameterGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>The group of that name, creating a default group (default.family) on first use.</summary>
    public ParameterGroupState ParameterGroup(string name, string family, bool isCluster, string? description = null)
    {
        var groups = isCluster ? ClusterParameterGroups : ParameterGroups;
        if (!groups.TryGetValue(name, out var group))
        {
            group = new ParameterGroupState
            {
                Name = name,
                Family = family,
                Description = description ?? $"Default parameter group for {family}",
                Arn = Arn("rds", (isCluster ? "cluster-pg:" : "pg:") + name),
                IsCluster = isCluster,
            };
            foreach (var parameter in ParameterCatalog.For(family))
            {
                group.Parameters[parameter.Name] = parameter;
            }

            groups[name] = group;
        }

        return group;
    }

    /// <summary>The trails whose home is this region (others see multi-region ones through the estate).</summary>
    public List<TrailState> Trails { get; } = [];

    public List<DbProxyState> Proxies { get; } = [];

    /// <summary>Security Hub findings (ASFF JSON) by "ProductArn|Id", in import order.</summary>
    public List<KeyValuePair<string, System.Text.Json.Nodes.JsonObject>> Findings { get; } = [];

    public Dictionary<string, AutomationExecutionState> AutomationExecutions { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, QueueState> Queues { get; } = new(StringComparer.Ordinal);

    /// <summary>The queue of that name, created on first use.</summary>
    public QueueState Queue(string name, DateTimeOffset now)
    {
        if (!Queues.TryGetValue(name, out var queue))
        {
            queue = new QueueState
            {
                Name = name,
                Url = $"https://sqs.{Region}.amazonaws.com/{AccountId}/{name}",
                Arn = Arn("sqs", name),
                Created = now,
            };
            Queues[name] = queue;
        }

        return queue;
    }

    public List<EventSubscriptionState> EventSubscriptions { get; } = [];

    public List<DetectorState> Detectors { get; } = [];

    public string Arn(string service, string resource) => $"arn:aws:{service}:{Region}:{AccountId}:{resource}";

    /// <summary>
    /// Deletes one resource, chosen by <paramref name="pick"/> among instances (not cluster members), manual
    /// snapshots, secrets and non-default security groups; returns its ARN, or null when there is none.
    /// Call with <see cref="Gate"/> held.
    /// </summary>
    public string? VanishOne(Func<int, int> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        var candidates = new List<(string Arn, Action Remove)>();
        candidates.AddRange(Instances.Values.Where(i => i.ClusterIdentifier is null).Select(i => (i.Arn, (Action)(() => Instances.Remove(i.Identifier)))));
        candidates.AddRange(Snapshots.Values.Where(s => s.SnapshotType == "manual").Select(s => (s.Arn, (Action)(() => Snapshots.Remove(s.Identifier)))));
        candidates.AddRange(Secrets.Values.Where(s => s.OwningService is null).Select(s => (s.Arn, (Action)(() => Secrets.Remove(s.Name)))));
        candidates.AddRange(SecurityGroups.Values.Where(g => g.GroupName != "default").Select(g => (g.Arn, (Action)(() => SecurityGroups.Remove(g.GroupId)))));
        if (candidates.Count == 0)
        {
            return null;
        }

        var (arn, remove) = candidates[pick(candidates.Count)];
        remove();
        Changed();
        return arn;
    }

    /// <summary>
    /// Renames an instance: it is found under the new identifier only, and its ARN and endpoint follow the name (its
    /// resource id, snapshots and cluster stay). Call with <see cref="Gate"/> held.
    /// </summary>
    public void RenameInstance(DbInstanceState instance, string newIdentifier)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var old = instance.Identifier;
        Instances.Remove(old);
        instance.Identifier = newIdentifier;
        instance.Arn = Arn("rds", "db:" + newIdentifier);
        if (instance.EndpointAddress.StartsWith(old + ".", StringComparison.Ordinal))
        {
            instance.EndpointAddress = newIdentifier + instance.EndpointAddress[old.Length..];
        }

        Instances[newIdentifier] = instance;
        Changed();
    }

    /// <summary>
    /// Says that a request may have started a transition (a mutating call): the next <see cref="Advance"/> looks at
    /// every resource again. Call with <see cref="Gate"/> held.
    /// </summary>
    public void Changed() => _nextDue = DateTimeOffset.MinValue;

    /// <summary>
    /// Applies every transition due by <paramref name="now"/>. Call with <see cref="Gate"/> held. Looks at every
    /// resource only when something is due or the state changed since the last look (<see cref="Changed"/>), so a
    /// read of a 100,000-instance region does not walk it.
    /// </summary>
    public void Advance(DateTimeOffset now)
    {
        if (now < _nextDue)
        {
            return;
        }

        AdvanceAll(now);
        _nextDue = NextDue();
    }

    private void AdvanceAll(DateTimeOffset now)
    {
        foreach (var instance in Instances.Values.ToList())
        {
            AdvanceInstance(instance, now);
        }

        foreach (var cluster in Clusters.Values)
        {
            AdvanceCluster(cluster, now);
        }

        foreach (var snapshot in Snapshots.Values.Concat(ClusterSnapshots.Values))
        {
            if (snapshot.Status == "creating" && snapshot.ReadyAt <= now)
            {
                snapshot.Status = "available";
                snapshot.PercentProgress = 100;
                snapshot.ReadyAt = null;
            }
        }

        foreach (var key in Keys.Values.ToList())
        {
            AdvanceKey(key, now);
        }

        foreach (var secret in Secrets.Values)
        {
            AdvanceSecret(secret, now);
        }
    }

    // The earliest time at which AdvanceAll would change something, by the same conditions it applies.
    private DateTimeOffset NextDue()
    {
        var due = DateTimeOffset.MaxValue;
        foreach (var instance in Instances.Values)
        {
            // Pending values wait for an available instance; a busy one is due when it stops being busy.
            due = Earliest(due, instance.BusyUntil);
            due = instance.Status == "available" ? Earliest(due, instance.PendingApplyAt) : due;
        }

        foreach (var cluster in Clusters.Values)
        {
            due = Earliest(due, cluster.BusyUntil);
            due = cluster.Status == "available" ? Earliest(due, cluster.PendingApplyAt) : due;
        }

        foreach (var snapshot in Snapshots.Values.Concat(ClusterSnapshots.Values))
        {
            due = snapshot.Status == "creating" ? Earliest(due, snapshot.ReadyAt) : due;
        }

        foreach (var key in Keys.Values)
        {
            due = key.KeyState == "PendingDeletion" ? Earliest(due, key.DeletionDate) : due;
            due = Earliest(due, key.OnDemandRotationStartDate + Options.OnDemandRotationDuration);
            due = key.Enabled && key.RotationEnabled ? Earliest(due, key.NextRotationDate) : due;
        }

        foreach (var secret in Secrets.Values)
        {
            due = secret.RotationEnabled && secret.RotationAutomaticallyAfterDays > 0 ? Earliest(due, secret.NextRotationDate) : due;
        }

        return due;
    }

    private static DateTimeOffset Earliest(DateTimeOffset due, DateTimeOffset? candidate) =>
        candidate is { } at && at < due ? at : due;

    private void AdvanceInstance(DbInstanceState instance, DateTimeOffset now)
    {
        // A window that opens while the instance is busy waits until it is available again, as RDS does.
        while (true)
        {
            if (instance.BusyUntil is { } until && until <= now)
            {
                if (instance.Status == "deleting")
                {
                    Instances.Remove(instance.Identifier);
                    return;
                }

                if (instance.Status == "rebooting")
                {
                    instance.ParameterApplyStatus = "in-sync";
                }

                if (instance.Status is "modifying" or "renaming" && instance.ApplyPendingWhenDone)
                {
                    ApplyPending(instance);
                    instance.ApplyPendingWhenDone = false;
                }

                instance.Status = "available";
                instance.BusyUntil = null;
                continue;
            }

            if (instance.Status == "available" && instance.PendingApplyAt is { } applyAt && applyAt <= now)
            {
                instance.Status = "modifying";
                instance.BusyUntil = applyAt + Options.ModifyDuration;
                instance.ApplyPendingWhenDone = true;
                instance.PendingApplyAt = null;
                continue;
            }

            return;
        }
    }

    private void ApplyPending(DbInstanceState instance)
    {
        foreach (var (name, value) in instance.Pending)
        {
            switch (name)
            {
                case "DBInstanceClass": instance.InstanceClass = value; break;
                case "AllocatedStorage": instance.AllocatedStorage = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "BackupRetentionPeriod": instance.BackupRetentionPeriod = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "Port": instance.Port = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "MultiAZ": instance.MultiAz = value == "true"; break;
                case "EngineVersion": instance.EngineVersion = value; break;
                case "CACertificateIdentifier": instance.CaCertificateIdentifier = value; break;
                case "StorageType": instance.StorageType = value; break;
                case "IAMDatabaseAuthenticationEnabled": instance.IamDatabaseAuthenticationEnabled = value == "true"; break;
                // Skipped if another instance took the name while the rename was pending.
                case "DBInstanceIdentifier" when !Instances.ContainsKey(value): RenameInstance(instance, value); break;
                default: break;
            }
        }

        instance.Pending.Clear();
    }

    private void AdvanceCluster(DbClusterState cluster, DateTimeOffset now)
    {
        while (true)
        {
            if (cluster.BusyUntil is { } until && until <= now)
            {
                if (cluster.ApplyPendingWhenDone)
                {
                    foreach (var (name, value) in cluster.Pending)
                    {
                        switch (name)
                        {
                            case "EngineVersion": cluster.EngineVersion = value; break;
                            case "IAMDatabaseAuthenticationEnabled": cluster.IamDatabaseAuthenticationEnabled = value == "true"; break;
                            default: break;
                        }
                    }

                    cluster.Pending.Clear();
                    cluster.ApplyPendingWhenDone = false;
                }

                cluster.Status = "available";
                cluster.BusyUntil = null;
                continue;
            }

            if (cluster.Status == "available" && cluster.PendingApplyAt is { } applyAt && applyAt <= now)
            {
                cluster.Status = "modifying";
                cluster.BusyUntil = applyAt + Options.ModifyDuration;
                cluster.ApplyPendingWhenDone = true;
                cluster.PendingApplyAt = null;
                continue;
            }

            return;
        }
    }

    private void AdvanceKey(KmsKeyState key, DateTimeOffset now)
    {
        if (key.KeyState == "PendingDeletion" && key.DeletionDate <= now)
        {
            // Deleted keys are gone; their aliases go with them.
            Keys.Remove(key.KeyId);
            foreach (var alias in Aliases.Values.Where(a => a.TargetKeyId == key.KeyId).ToList())
            {
                Aliases.Remove(alias.AliasName);
            }

            return;
        }

        if (key.OnDemandRotationStartDate is { } started && started + Options.OnDemandRotationDuration <= now)
        {
            key.Rotations.Add(new KeyRotationState(started + Options.OnDemandRotationDuration, "ON_DEMAND", NewMaterialId(key)));
            key.OnDemandRotationStartDate = null;
        }

        // Disabled keys do not rotate; the schedule resumes from the due date when they are enabled again.
        while (key.Enabled && key.RotationEnabled && key.NextRotationDate is { } due && due <= now)
        {
            key.Rotations.Add(new KeyRotationState(due, "AUTOMATIC", NewMaterialId(key)));
            key.NextRotationDate = due.AddDays(key.RotationPeriodInDays);
        }
    }

    // Secrets Manager rotates a secret with rotation on at each scheduled date (RDS-managed master user secrets every
    // 7 days); each rotation changes the secret, so LastChangedDate follows LastRotatedDate.
    private static void AdvanceSecret(SecretState secret, DateTimeOffset now)
    {
        while (secret.RotationEnabled && secret.RotationAutomaticallyAfterDays is > 0 and var days && secret.NextRotationDate is { } due && due <= now)
        {
            secret.LastRotatedDate = due;
            secret.LastChangedDate = due;
            secret.NextRotationDate = due.AddDays(days);
        }
    }

    // Key material ids are 64 hex characters; derived from the key and rotation count so they stay deterministic.
    private static string NewMaterialId(KmsKeyState key)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{key.KeyId}/{key.Rotations.Count + 1}"));
        key.CurrentKeyMaterialId = Convert.ToHexStringLower(bytes);
        return key.CurrentKeyMaterialId;
    }
}
