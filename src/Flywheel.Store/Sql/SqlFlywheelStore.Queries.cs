using System.Data.Common;
using System.Text;
using Flywheel.Core.Policy;

namespace Flywheel.Store.Sql;

internal sealed partial class SqlFlywheelStore
{
    private const string FindingColumns = """
        SELECT f.rule_id, f.resource_arn, f.resource_type, f.resource_name, f.account_id, f.region, f.title, f.severity,
            f.state, f.last_status, f.reason, f.exception_id, r.owner, r.stack, f.first_seen, f.last_seen, f.state_changed_at, f.reopen_count
        FROM findings f LEFT JOIN resources r ON r.arn = f.resource_arn
        WHERE 1 = 1
        """;

    private const string ResourcesSql = """
        SELECT arn, resource_type, name, account_id, region, owner, stack, first_seen, last_seen, gone_at
        FROM resources WHERE arn = @resource OR name = @resource ORDER BY arn
        """;

    // By ARN equality, one query per matching resource: both databases then use the resource_arn index.
    private const string EventsSql = """
        SELECT at, rule_id, resource_arn, kind, reason, scan_id, exception_id FROM finding_events
        WHERE resource_arn = @resource ORDER BY at, id
        """;

    private const string RemediationsSql = """
        SELECT remediation_id, rule_id, resource_arn, mode, started_at, finished_at, outcome, error_code, message FROM remediations
        WHERE resource_arn = @resource ORDER BY started_at, id
        """;

    public Task<IReadOnlyList<StoredFinding>> FindAsync(FindingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return RunAsync("list findings", connection => FindCoreAsync(connection, filter, cancellationToken), cancellationToken);
    }

    public Task<ResourceHistory> HistoryAsync(string resource, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        return RunAsync("read the history of " + resource, connection => HistoryCoreAsync(connection, resource, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<StoredFinding>> FindCoreAsync(DbConnection connection, FindingFilter filter, CancellationToken cancellationToken)
    {
        // Only constant fragments are appended; every value is a parameter.
        var sql = new StringBuilder(FindingColumns);
        var parameters = new List<(string, object?)>();
        if (filter.OpenOnly)
        {
            sql.Append(" AND f.state = 'open'");
        }

        if (filter.Since is { } since)
        {
            sql.Append(" AND f.state_changed_at >= @since");
            parameters.Add(("@since", _dialect.Time(since)));
        }

        if (filter.AccountId is { } account)
        {
            sql.Append(" AND f.account_id = @account");
            parameters.Add(("@account", account));
        }

        var glob = filter.Rule is { } rule && (rule.Contains('*', StringComparison.Ordinal) || rule.Contains('?', StringComparison.Ordinal));
        if (filter.Rule is { } exact && !glob)
        {
            sql.Append(" AND f.rule_id = @rule");
            parameters.Add(("@rule", exact));
        }

        sql.Append(" ORDER BY f.state_changed_at DESC, f.rule_id, f.resource_arn");
        if (filter.Limit is { } limit && !glob)
        {
            sql.Append(" LIMIT @limit");
            parameters.Add(("@limit", limit));
        }

        var findings = new List<StoredFinding>();
        var command = Command(connection, null, sql.ToString(), [.. parameters]);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var finding = ReadFinding(reader);
                    if (glob && !Glob.IsMatch(filter.Rule!, finding.RuleId))
                    {
                        continue;
                    }

                    findings.Add(finding);
                    if (findings.Count == filter.Limit)
                    {
                        break;
                    }
                }
            }
        }

        return findings;
    }

    private StoredFinding ReadFinding(DbDataReader reader) => new()
    {
        RuleId = reader.GetString(0),
        ResourceArn = reader.GetString(1),
        ResourceType = reader.GetString(2),
        ResourceName = reader.GetString(3),
        AccountId = reader.GetString(4),
        Region = reader.GetString(5),
        Title = reader.GetString(6),
        Severity = Names.ToSeverity(reader.GetString(7)),
        State = Names.ToState(reader.GetString(8)),
        LastStatus = Names.ToStatus(reader.GetString(9)),
        Reason = reader.GetString(10),
        ExceptionId = NullableString(reader, 11),
        Owner = NullableString(reader, 12),
        Stack = NullableString(reader, 13),
        FirstSeen = _dialect.ReadTime(reader, 14),
        LastSeen = _dialect.ReadTime(reader, 15),
        StateChangedAt = _dialect.ReadTime(reader, 16),
        ReopenCount = reader.GetInt32(17),
    };

    private async Task<ResourceHistory> HistoryCoreAsync(DbConnection connection, string resource, CancellationToken cancellationToken)
    {
        var resources = await ReadAllAsync(connection, ResourcesSql, resource, r => new StoredResource(
            r.GetString(0),
            r.GetString(1),
            r.GetString(2),
            r.GetString(3),
            r.GetString(4),
            NullableString(r, 5),
            NullableString(r, 6),
            _dialect.ReadTime(r, 7),
            _dialect.ReadTime(r, 8),
            r.IsDBNull(9) ? null : _dialect.ReadTime(r, 9)), cancellationToken).ConfigureAwait(false);
        var arns = resources.Count == 0 ? [resource] : resources.Select(r => r.Arn).ToArray();
        var events = new List<FindingEvent>();
        var remediations = new List<RemediationRecord>();
        foreach (var arn in arns)
        {
            events.AddRange(await ReadAllAsync(connection, EventsSql, arn, r => new FindingEvent(
                _dialect.ReadTime(r, 0),
                r.GetString(1),
                r.GetString(2),
                Names.ToKind(r.GetString(3)),
                r.GetString(4),
                r.GetInt64(5),
                NullableString(r, 6)), cancellationToken).ConfigureAwait(false));
            remediations.AddRange(await ReadAllAsync(connection, RemediationsSql, arn, r => new RemediationRecord(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                _dialect.ReadTime(r, 4),
                _dialect.ReadTime(r, 5),
                r.GetString(6),
                NullableString(r, 7),
                r.GetString(8)), cancellationToken).ConfigureAwait(false));
        }

        // Stable sorts keep each resource's own order (by id) for events at the same time.
        return new ResourceHistory(resources, [.. events.OrderBy(e => e.At)], [.. remediations.OrderBy(r => r.StartedAt)]);
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbConnection connection, string sql, string resource, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        var command = Command(connection, null, sql, ("@resource", resource));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }
            }
        }

        return rows;
    }
}
