using System.Data.Common;
using System.Globalization;

namespace Flywheel.Store.Sql;

/// <summary>
/// Checks and migrates the schema when a store opens: an empty database gets the schema, an older one the
/// missing migrations (in one transaction); a newer one or a foreign one (tables, no Flywheel schema) is refused.
/// </summary>
internal static class SchemaMigrator
{
    public const string MigrationTable = "flywheel_migrations";

    /// <summary>Null when the schema is current; otherwise why the store cannot be used.</summary>
    public static async Task<string?> MigrateAsync(DbConnection connection, SqlDialect dialect, string location, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var latest = dialect.Migrations[^1].Version;
        var transaction = await dialect.BeginWriteAsync(connection, ["flywheel:migrate"], cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var tables = await ListTablesAsync(connection, transaction, dialect, cancellationToken).ConfigureAwait(false);
            if (!tables.Contains(MigrationTable))
            {
                if (tables.Count > 0)
                {
                    var sample = string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5));
                    return $"{location} is not a Flywheel store: it holds other tables ({sample}) and no {MigrationTable} table. Use another --db path or an empty database; nothing was changed.";
                }

                var timeType = dialect.Name == "SQLite" ? "TEXT" : "TIMESTAMPTZ";
                await ExecuteAsync(connection, transaction, "CREATE TABLE " + MigrationTable + " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at " + timeType + " NOT NULL)", cancellationToken).ConfigureAwait(false);
            }

            var current = await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current > latest)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{location} has schema version {current}, newer than this Flywheel supports ({latest}). Upgrade Flywheel; the store was not changed.");
            }

            foreach (var migration in dialect.Migrations.Where(m => m.Version > current))
            {
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                var record = connection.CreateCommand();
                await using (record.ConfigureAwait(false))
                {
                    record.Transaction = transaction;
                    record.CommandText = "INSERT INTO " + MigrationTable + " (version, name, applied_at) VALUES (@version, @name, @at)";
                    Add(record, "@version", migration.Version);
                    Add(record, "@name", migration.Name);
                    Add(record, "@at", dialect.Time(timeProvider.GetUtcNow()));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private static async Task<HashSet<string>> ListTablesAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = dialect.ListTablesSql;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    tables.Add(reader.GetString(0));
                }
            }
        }

        return tables;
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM " + MigrationTable;
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
