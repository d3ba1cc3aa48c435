using System.Globalization;

namespace Flywheel.Store.Sql;

internal sealed partial class SqlFlywheelStore
{
    private const string InsertRemediationSql = """
        INSERT INTO remediations (remediation_id, rule_id, resource_arn, mode, started_at, finished_at, outcome, error_code, message)
        VALUES (@remediation, @rule, @arn, @mode, @started, @finished, @outcome, @error, @message)
        RETURNING id
        """;

    private const string AcceptEventSql = """
        INSERT INTO event_intake (event_id, source, payload, received_at, status, dead_letter_reason, completed_at)
        VALUES (@id, @source, @payload, @at, 'received', NULL, NULL)
        ON CONFLICT (event_id) DO NOTHING
        """;

    private const string EventStatusSql = "SELECT status FROM event_intake WHERE event_id = @id";

    private const string CompleteEventSql = """
        UPDATE event_intake SET status = @status, dead_letter_reason = @reason, completed_at = @at WHERE event_id = @id
        """;

    private const string GetRotationSql = """
        SELECT workflow_id, key_arn, resource_arn, step, status, data, updated_at, version FROM rotation_workflows WHERE workflow_id = @id
        """;

    private const string InsertRotationSql = """
        INSERT INTO rotation_workflows (workflow_id, key_arn, resource_arn, step, status, data, updated_at, version)
        VALUES (@id, @key, @resource, @step, @status, @data, @at, 1)
        ON CONFLICT (workflow_id) DO NOTHING
        """;

    private const string UpdateRotationSql = """
        UPDATE rotation_workflows SET key_arn = @key, resource_arn = @resource, step = @step, status = @status, data = @data,
            updated_at = @at, version = version + 1
        WHERE workflow_id = @id AND version = @expected
        """;

    public Task<long> RecordAsync(RemediationRecord remediation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remediation);
        return RunAsync("record the remediation", async connection =>
        {
            var command = Command(
                connection,
                null,
                InsertRemediationSql,
                ("@remediation", remediation.RemediationId),
                ("@rule", remediation.RuleId),
                ("@arn", remediation.ResourceArn),
                ("@mode", remediation.Mode),
                ("@started", _dialect.Time(remediation.StartedAt)),
                ("@finished", _dialect.Time(remediation.FinishedAt)),
                ("@outcome", remediation.Outcome),
                ("@error", remediation.ErrorCode),
                ("@message", remediation.Message));
            await using (command.ConfigureAwait(false))
            {
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }
        }, cancellationToken);
    }

    public Task<IntakeOutcome> AcceptAsync(IncomingEvent incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return RunAsync("accept event " + incoming.EventId, async connection =>
        {
            var inserted = await ExecuteAsync(connection, null, AcceptEventSql, cancellationToken, ("@id", incoming.EventId), ("@source", incoming.Source), ("@payload", incoming.Payload), ("@at", _dialect.Time(_timeProvider.GetUtcNow()))).ConfigureAwait(false);
            if (inserted == 1)
            {
                return new IntakeOutcome(true, "received");
            }

            var command = Command(connection, null, EventStatusSql, ("@id", incoming.EventId));
            await using (command.ConfigureAwait(false))
            {
                var status = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return new IntakeOutcome(false, status ?? "received");
            }
        }, cancellationToken);
    }

    public Task CompleteAsync(string eventId, string? deadLetterReason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return RunAsync("complete event " + eventId, async connection =>
        {
            var updated = await ExecuteAsync(
                connection,
                null,
                CompleteEventSql,
                cancellationToken,
                ("@status", deadLetterReason is null ? "processed" : "dead-letter"),
                ("@reason", deadLetterReason),
                ("@at", _dialect.Time(_timeProvider.GetUtcNow())),
                ("@id", eventId)).ConfigureAwait(false);
            return updated == 1 ? true : throw new StoreException($"event {eventId} was never accepted by the intake of {Location}");
        }, cancellationToken);
    }

    public Task<RotationState?> GetAsync(string workflowId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowId);
        return RunAsync("read rotation workflow " + workflowId, async connection =>
        {
            var command = Command(connection, null, GetRotationSql, ("@id", workflowId));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    return new RotationState(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), _dialect.ReadTime(reader, 6), reader.GetInt64(7));
                }
            }
        }, cancellationToken);
    }

    public Task<bool> SaveAsync(RotationState state, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RunAsync("save rotation workflow " + state.WorkflowId, async connection =>
        {
            (string, object?)[] values =
            [
                ("@id", state.WorkflowId),
                ("@key", state.KeyArn),
                ("@resource", state.ResourceArn),
                ("@step", state.Step),
                ("@status", state.Status),
                ("@data", state.Data),
                ("@at", _dialect.Time(state.UpdatedAt)),
            ];
            var changed = expectedVersion == 0
                ? await ExecuteAsync(connection, null, InsertRotationSql, cancellationToken, values).ConfigureAwait(false)
                : await ExecuteAsync(connection, null, UpdateRotationSql, cancellationToken, [.. values, ("@expected", expectedVersion)]).ConfigureAwait(false);
            return changed == 1;
        }, cancellationToken);
    }
}
