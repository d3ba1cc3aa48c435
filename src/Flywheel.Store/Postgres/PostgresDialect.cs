using System.Data.Common;
using Flywheel.Store.Sql;
using Npgsql;

namespace Flywheel.Store.Postgres;

/// <summary>
/// PostgreSQL: timestamptz, batched round trips, and transaction-scoped advisory locks per account×region so
/// concurrent scans of the same scope run one after the other (no lost update) while other scopes run in parallel.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    private const string LockSql = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || @key, 0))";

    public static PostgresDialect Instance { get; } = new();

    public override string Name => "PostgreSQL";

    public override IReadOnlyList<Migration> Migrations => PostgresSchema.Migrations;

    public override string ListTablesSql => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";

    public override object Time(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, IReadOnlyCollection<string> lockKeys, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Sorted, so two writers over overlapping scopes take locks in the same order and cannot deadlock.
            foreach (var key in lockKeys.Order(StringComparer.Ordinal))
            {
                var command = new NpgsqlCommand(LockSql, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("key", key);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override RowWriter CreateWriter(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameterNames, string? setSql = null)
    {
        var set = setSql ?? UnnestRewriter.TryRewrite(sql, parameterNames);
        return set is null
            ? new BatchRowWriter(connection, transaction, sql, parameterNames)
            : new ArrayRowWriter((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, set, parameterNames);
    }
}
