namespace Flywheel.Store.Sql;

/// <summary>
/// The one schema of both stores, one forward-only migration per version. Only the column types differ by database,
/// so the DDL is written once with type tokens ({Identity}, {Time}, {BigInt}) that each dialect fills in.
/// </summary>
internal static class StoreSchema
{
    private const string Version1 = """
            CREATE TABLE scans (
                id {Identity},
                source TEXT NOT NULL,
                started_at {Time} NOT NULL,
                finished_at {Time} NOT NULL,
                recorded_at {Time} NOT NULL,
                rules_evaluated INTEGER NOT NULL,
                resource_count INTEGER NOT NULL,
                finding_count INTEGER NOT NULL,
                error_count INTEGER NOT NULL,
                errors TEXT NOT NULL
            );
            CREATE TABLE scan_scopes (
                scan_id {BigInt} NOT NULL REFERENCES scans(id),
                account_id TEXT NOT NULL,
                region TEXT NOT NULL,
                PRIMARY KEY (scan_id, account_id, region)
            );
            CREATE TABLE scan_gaps (
                scan_id {BigInt} NOT NULL REFERENCES scans(id),
                account_id TEXT NOT NULL,
                region TEXT NOT NULL,
                dataset TEXT NOT NULL,
                resource_id TEXT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX ix_scan_gaps_scan ON scan_gaps(scan_id);
            CREATE TABLE resources (
                arn TEXT PRIMARY KEY,
                resource_type TEXT NOT NULL,
                name TEXT NOT NULL,
                account_id TEXT NOT NULL,
                region TEXT NOT NULL,
                owner TEXT NULL,
                stack TEXT NULL,
                first_seen {Time} NOT NULL,
                last_seen {Time} NOT NULL,
                last_scan_id {BigInt} NOT NULL REFERENCES scans(id),
                gone_at {Time} NULL
            );
            CREATE INDEX ix_resources_name ON resources(name);
            CREATE TABLE findings (
                id {Identity},
                rule_id TEXT NOT NULL,
                resource_arn TEXT NOT NULL,
                resource_type TEXT NOT NULL,
                resource_name TEXT NOT NULL,
                account_id TEXT NOT NULL,
                region TEXT NOT NULL,
                title TEXT NOT NULL,
                severity TEXT NOT NULL,
                state TEXT NOT NULL,
                last_status TEXT NOT NULL,
                reason TEXT NOT NULL,
                evidence TEXT NOT NULL,
                exception_id TEXT NULL,
                first_seen {Time} NOT NULL,
                last_seen {Time} NOT NULL,
                state_changed_at {Time} NOT NULL,
                reopen_count INTEGER NOT NULL,
                last_scan_id {BigInt} NOT NULL REFERENCES scans(id),
                UNIQUE (rule_id, resource_arn)
            );
            CREATE INDEX ix_findings_scope ON findings(account_id, region);
            CREATE INDEX ix_findings_state ON findings(state, state_changed_at);
            CREATE INDEX ix_findings_resource ON findings(resource_arn);
            CREATE TABLE finding_events (
                id {Identity},
                finding_id {BigInt} NOT NULL REFERENCES findings(id),
                scan_id {BigInt} NOT NULL REFERENCES scans(id),
                rule_id TEXT NOT NULL,
                resource_arn TEXT NOT NULL,
                kind TEXT NOT NULL,
                at {Time} NOT NULL,
                reason TEXT NOT NULL,
                exception_id TEXT NULL
            );
            CREATE INDEX ix_finding_events_resource ON finding_events(resource_arn, at);
            CREATE INDEX ix_finding_events_finding ON finding_events(finding_id);
            CREATE TABLE exceptions_applied (
                exception_id TEXT PRIMARY KEY,
                owner TEXT NOT NULL,
                reason TEXT NOT NULL,
                expires {Time} NOT NULL,
                first_applied {Time} NOT NULL,
                last_applied {Time} NOT NULL,
                last_scan_id {BigInt} NOT NULL REFERENCES scans(id)
            );
            CREATE TABLE remediations (
                id {Identity},
                remediation_id TEXT NOT NULL,
                rule_id TEXT NOT NULL,
                resource_arn TEXT NOT NULL,
                mode TEXT NOT NULL,
                started_at {Time} NOT NULL,
                finished_at {Time} NOT NULL,
                outcome TEXT NOT NULL,
                error_code TEXT NULL,
                message TEXT NOT NULL
            );
            CREATE INDEX ix_remediations_resource ON remediations(resource_arn);
            CREATE TABLE rotation_workflows (
                workflow_id TEXT PRIMARY KEY,
                key_arn TEXT NOT NULL,
                resource_arn TEXT NOT NULL,
                step TEXT NOT NULL,
                status TEXT NOT NULL,
                data TEXT NOT NULL,
                updated_at {Time} NOT NULL,
                version {BigInt} NOT NULL
            );
            CREATE TABLE event_intake (
                event_id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                payload TEXT NOT NULL,
                received_at {Time} NOT NULL,
                status TEXT NOT NULL,
                dead_letter_reason TEXT NULL,
                completed_at {Time} NULL
            );
            """;

    /// <summary>The migrations with this database's types substituted.</summary>
    public static IReadOnlyList<Migration> For(string identity, string time, string bigInt) =>
    [
        new(1, "initial", Version1.Replace("{Identity}", identity, StringComparison.Ordinal).Replace("{Time}", time, StringComparison.Ordinal).Replace("{BigInt}", bigInt, StringComparison.Ordinal)),
    ];
}
