using System.Data.Common;
using System.Globalization;
using Flywheel.Core.Findings;
using Flywheel.Core.Rules;
using Flywheel.Store.Lifecycle;

namespace Flywheel.Store.Sql;

internal sealed partial class SqlFlywheelStore
{
    private const string InsertScanSql = """
        INSERT INTO scans (source, started_at, finished_at, recorded_at, rules_evaluated, resource_count, finding_count, error_count, errors)
        VALUES (@source, @started, @finished, @recorded, @rules, @resources, @findings, @errorCount, @errors)
        RETURNING id
        """;

    private const string InsertScopeSql = "INSERT INTO scan_scopes (scan_id, account_id, region) VALUES (@scan, @account, @region) ON CONFLICT DO NOTHING";

    private const string InsertGapSql = "INSERT INTO scan_gaps (scan_id, account_id, region, dataset, resource_id, reason) VALUES (@scan, @account, @region, @dataset, @resource, @reason)";

    private const string LoadStateSql = """
        SELECT rule_id, resource_arn, state, resource_type, resource_name, account_id, region, reopen_count, exception_id
        FROM findings WHERE account_id = @account AND region = @region
        """;

    private const string UpsertResourceSql = """
        INSERT INTO resources (arn, resource_type, name, account_id, region, owner, stack, first_seen, last_seen, last_scan_id, gone_at)
        VALUES (@arn, @type, @name, @account, @region, @owner, @stack, @at, @at, @scan, NULL)
        ON CONFLICT (arn) DO UPDATE SET resource_type = excluded.resource_type, name = excluded.name,
            account_id = excluded.account_id, region = excluded.region, owner = excluded.owner, stack = excluded.stack,
            last_seen = excluded.last_seen, last_scan_id = excluded.last_scan_id, gone_at = NULL
        """;

    private const string UpsertFindingSql = """
        INSERT INTO findings (rule_id, resource_arn, resource_type, resource_name, account_id, region, title, severity, state,
            last_status, reason, evidence, exception_id, first_seen, last_seen, state_changed_at, reopen_count, last_scan_id)
        VALUES (@rule, @arn, @type, @name, @account, @region, @title, @severity, @state,
            @status, @reason, @evidence, @exception, @at, @at, @at, @reopen, @scan)
        ON CONFLICT (rule_id, resource_arn) DO UPDATE SET resource_type = excluded.resource_type,
            resource_name = excluded.resource_name, title = excluded.title, severity = excluded.severity, state = excluded.state,
            last_status = excluded.last_status, reason = excluded.reason, evidence = excluded.evidence,
            exception_id = excluded.exception_id, last_seen = excluded.last_seen,
            state_changed_at = CASE WHEN findings.state <> excluded.state THEN excluded.state_changed_at ELSE findings.state_changed_at END,
            reopen_count = excluded.reopen_count, last_scan_id = excluded.last_scan_id
        """;

    private const string GoneFindingSql = """
        UPDATE findings SET state = @state, state_changed_at = @at, last_scan_id = @scan
        WHERE rule_id = @rule AND resource_arn = @arn
        """;

    private const string GoneFindingSetSql = """
        UPDATE findings SET state = v.state, state_changed_at = v.at, last_scan_id = v.scan
        FROM unnest(@state, @at, @scan, @rule, @arn) AS v(state, at, scan, rule, arn)
        WHERE findings.rule_id = v.rule AND findings.resource_arn = v.arn
        """;

    private const string GoneResourceSql = "UPDATE resources SET gone_at = @at WHERE arn = @arn";

    private const string GoneResourceSetSql = """
        UPDATE resources SET gone_at = v.at FROM unnest(@at, @arn) AS v(at, arn) WHERE resources.arn = v.arn
        """;

    private const string InsertEventSql = """
        INSERT INTO finding_events (finding_id, scan_id, rule_id, resource_arn, kind, at, reason, exception_id)
        SELECT id, @scan, @rule, @arn, @kind, @at, @reason, @exception FROM findings WHERE rule_id = @rule AND resource_arn = @arn
        """;

    private const string InsertEventSetSql = """
        INSERT INTO finding_events (finding_id, scan_id, rule_id, resource_arn, kind, at, reason, exception_id)
        SELECT f.id, v.scan, v.rule, v.arn, v.kind, v.at, v.reason, v.exception
        FROM unnest(@scan, @rule, @arn, @kind, @at, @reason, @exception) WITH ORDINALITY AS v(scan, rule, arn, kind, at, reason, exception, n)
        JOIN findings f ON f.rule_id = v.rule AND f.resource_arn = v.arn
        ORDER BY v.n
        """;

    private const string UpsertExceptionSql = """
        INSERT INTO exceptions_applied (exception_id, owner, reason, expires, first_applied, last_applied, last_scan_id)
        VALUES (@id, @owner, @reason, @expires, @at, @at, @scan)
        ON CONFLICT (exception_id) DO UPDATE SET owner = excluded.owner, reason = excluded.reason, expires = excluded.expires,
            last_applied = excluded.last_applied, last_scan_id = excluded.last_scan_id
        """;

    public Task<ScanRecordOutcome> RecordScanAsync(ScanRecord scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return RunAsync("record the scan (nothing was written)", connection => RecordAsync(connection, scan, cancellationToken), cancellationToken);
    }

    private async Task<ScanRecordOutcome> RecordAsync(DbConnection connection, ScanRecord scan, CancellationToken cancellationToken)
    {
        var evaluation = scan.Evaluation;
        var coverage = ScanCoverage.Of(scan);
        var scopes = scan.Scopes.Select(s => (s.AccountId, s.Region))
            .Concat(evaluation.Findings.Select(f => (f.Resource.AccountId, f.Resource.Region)))
            .Distinct()
            .OrderBy(s => s.AccountId, StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal)
            .ToArray();
        var at = _dialect.Time(evaluation.EvaluatedAt);

        var transaction = await _dialect.BeginWriteAsync(connection, scopes.Select(s => $"{s.AccountId}/{s.Region}").ToArray(), cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var scanId = await InsertScanAsync(connection, transaction, scan, cancellationToken).ConfigureAwait(false);
            await InsertCoverageAsync(connection, transaction, scan, scanId, cancellationToken).ConfigureAwait(false);
            var stored = await LoadStateAsync(connection, transaction, scopes, cancellationToken).ConfigureAwait(false);
            var plan = FindingLifecycle.Decide(coverage, stored, evaluation.Findings);

            await UpsertResourcesAsync(connection, transaction, scan, scanId, at, cancellationToken).ConfigureAwait(false);
            await WriteTransitionsAsync(connection, transaction, plan, scanId, at, cancellationToken).ConfigureAwait(false);
            await UpsertExceptionsAsync(connection, transaction, evaluation.Findings, scanId, at, cancellationToken).ConfigureAwait(false);

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return plan.ToOutcome(scanId);
        }
    }

    private async Task<long> InsertScanAsync(DbConnection connection, DbTransaction transaction, ScanRecord scan, CancellationToken cancellationToken)
    {
        var evaluation = scan.Evaluation;
        var errors = scan.Errors.Concat(evaluation.Gaps.Select(DescribeGap)).ToArray();
        var command = Command(
            connection,
            transaction,
            InsertScanSql,
            ("@source", scan.Source),
            ("@started", _dialect.Time(scan.StartedAt)),
            ("@finished", _dialect.Time(evaluation.EvaluatedAt)),
            ("@recorded", _dialect.Time(_timeProvider.GetUtcNow())),
            ("@rules", evaluation.RulesEvaluated.Count),
            ("@resources", scan.Resources.Count),
            ("@findings", evaluation.Findings.Count),
            ("@errorCount", errors.Length),
            ("@errors", string.Join('\n', errors)));
        await using (command.ConfigureAwait(false))
        {
            var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return Convert.ToInt64(id, CultureInfo.InvariantCulture);
        }
    }

    private static string DescribeGap(Core.Inventory.CollectionGap gap) =>
        $"{gap.AccountId}/{gap.Region} {DatasetNames.Describe(gap.Dataset)}{(gap.ResourceId is null ? string.Empty : " " + gap.ResourceId)}: {gap.Reason}";

    private async Task InsertCoverageAsync(DbConnection connection, DbTransaction transaction, ScanRecord scan, long scanId, CancellationToken cancellationToken)
    {
        var scopes = _dialect.CreateWriter(connection, transaction, InsertScopeSql, ["@scan", "@account", "@region"]);
        await using (scopes.ConfigureAwait(false))
        {
            foreach (var scope in scan.Scopes)
            {
                await scopes.WriteAsync([scanId, scope.AccountId, scope.Region], cancellationToken).ConfigureAwait(false);
            }

            await scopes.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        var gaps = _dialect.CreateWriter(connection, transaction, InsertGapSql, ["@scan", "@account", "@region", "@dataset", "@resource", "@reason"]);
        await using (gaps.ConfigureAwait(false))
        {
            foreach (var gap in scan.Evaluation.Gaps)
            {
                await gaps.WriteAsync([scanId, gap.AccountId, gap.Region, gap.Dataset.ToString(), gap.ResourceId, gap.Reason], cancellationToken).ConfigureAwait(false);
            }

            await gaps.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<FindingKey, StoredFindingState>> LoadStateAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(string AccountId, string Region)> scopes, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<FindingKey, StoredFindingState>();
        foreach (var (account, region) in scopes)
        {
            var command = Command(connection, transaction, LoadStateSql, ("@account", account), ("@region", region));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var key = new FindingKey(reader.GetString(0), reader.GetString(1));
                        stored[key] = new StoredFindingState(
                            key,
                            Names.ToState(reader.GetString(2)),
                            reader.GetString(3),
                            reader.GetString(4),
                            reader.GetString(5),
                            reader.GetString(6),
                            reader.GetInt32(7),
                            NullableString(reader, 8));
                    }
                }
            }
        }

        return stored;
    }

    private async Task UpsertResourcesAsync(DbConnection connection, DbTransaction transaction, ScanRecord scan, long scanId, object at, CancellationToken cancellationToken)
    {
        var resources = new Dictionary<string, ResourceRef>(StringComparer.Ordinal);
        foreach (var resource in scan.Resources)
        {
            resources.TryAdd(resource.Arn, resource);
        }

        // Findings name their resource too; a caller that passes no resource list still gets them recorded.
        foreach (var finding in scan.Evaluation.Findings)
        {
            resources.TryAdd(finding.Resource.Arn, finding.Resource);
        }

        var writer = _dialect.CreateWriter(connection, transaction, UpsertResourceSql, ["@arn", "@type", "@name", "@account", "@region", "@owner", "@stack", "@at", "@scan"]);
        await using (writer.ConfigureAwait(false))
        {
            var row = new object?[9];
            foreach (var resource in resources.Values)
            {
                row[0] = resource.Arn;
                row[1] = resource.ResourceType;
                row[2] = resource.Name;
                row[3] = resource.AccountId;
                row[4] = resource.Region;
                row[5] = ResourceAttribution.Owner(resource.Tags);
                row[6] = ResourceAttribution.Stack(resource.Tags);
                row[7] = at;
                row[8] = scanId;
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteTransitionsAsync(DbConnection connection, DbTransaction transaction, LifecyclePlan plan, long scanId, object at, CancellationToken cancellationToken)
    {
        var upsert = _dialect.CreateWriter(connection, transaction, UpsertFindingSql, ["@rule", "@arn", "@type", "@name", "@account", "@region", "@title", "@severity", "@state", "@status", "@reason", "@evidence", "@exception", "@at", "@reopen", "@scan"]);
        var gone = _dialect.CreateWriter(connection, transaction, GoneFindingSql, ["@state", "@at", "@scan", "@rule", "@arn"], GoneFindingSetSql);
        var goneResources = _dialect.CreateWriter(connection, transaction, GoneResourceSql, ["@at", "@arn"], GoneResourceSetSql);
        await using (upsert.ConfigureAwait(false))
        await using (gone.ConfigureAwait(false))
        await using (goneResources.ConfigureAwait(false))
        {
            var row = new object?[16];
            var goneArns = new HashSet<string>(StringComparer.Ordinal);
            foreach (var transition in plan.Transitions)
            {
                if (transition.Observed is { } finding)
                {
                    row[0] = finding.RuleId;
                    row[1] = finding.Resource.Arn;
                    row[2] = finding.Resource.ResourceType;
                    row[3] = finding.Resource.Name;
                    row[4] = finding.Resource.AccountId;
                    row[5] = finding.Resource.Region;
                    row[6] = finding.Title;
                    row[7] = Names.Of(finding.Severity);
                    row[8] = Names.Of(transition.State);
                    row[9] = Names.Of(finding.Status);
                    row[10] = finding.Reason;
                    row[11] = EvidenceJson.Write(finding.Evidence);
                    row[12] = transition.State == FindingState.Resolved ? null : finding.Exception?.Id;
                    row[13] = at;
                    row[14] = transition.ReopenCount;
                    row[15] = scanId;
                    await upsert.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await gone.WriteAsync([Names.Of(transition.State), at, scanId, transition.Key.RuleId, transition.Key.ResourceArn], cancellationToken).ConfigureAwait(false);
                    if (transition.State == FindingState.ResourceGone && goneArns.Add(transition.Key.ResourceArn))
                    {
                        await goneResources.WriteAsync([at, transition.Key.ResourceArn], cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await upsert.FlushAsync(cancellationToken).ConfigureAwait(false);
            await gone.FlushAsync(cancellationToken).ConfigureAwait(false);
            await goneResources.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        // Events after the findings exist: they take the finding id from its row.
        var events = _dialect.CreateWriter(connection, transaction, InsertEventSql, ["@scan", "@rule", "@arn", "@kind", "@at", "@reason", "@exception"], InsertEventSetSql);
        await using (events.ConfigureAwait(false))
        {
            foreach (var transition in plan.Transitions)
            {
                foreach (var change in transition.Events)
                {
                    await events.WriteAsync([scanId, transition.Key.RuleId, transition.Key.ResourceArn, Names.Of(change.Kind), at, change.Reason, change.ExceptionId], cancellationToken).ConfigureAwait(false);
                }
            }

            await events.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpsertExceptionsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Finding> findings, long scanId, object at, CancellationToken cancellationToken)
    {
        var applied = findings.Select(f => f.Exception).OfType<AppliedException>().DistinctBy(e => e.Id, StringComparer.Ordinal).ToArray();
        if (applied.Length == 0)
        {
            return;
        }

        var writer = _dialect.CreateWriter(connection, transaction, UpsertExceptionSql, ["@id", "@owner", "@reason", "@expires", "@at", "@scan"]);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var exception in applied)
            {
                await writer.WriteAsync([exception.Id, exception.Owner, exception.Reason, _dialect.Time(exception.Expires), at, scanId], cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
