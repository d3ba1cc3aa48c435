using System.Data.Common;
using Flywheel.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Flywheel.Store.Sqlite;

/// <summary>Opens (creating if needed) a SQLite store file in WAL mode and checks its schema.</summary>
internal static class SqliteStoreOpener
{
    private const int NotADatabase = 26;
    private const int Corrupt = 11;

    public static async Task<StoreOpenOutcome> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
            if (Directory.Exists(fullPath))
            {
                return StoreOpenOutcome.Failed($"{fullPath} is a directory, not a SQLite store file.");
            }

            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return StoreOpenOutcome.Failed($"cannot use {path} as a SQLite store: {exception.Message}");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ConnectionString;

        try
        {
            var connection = await OpenConnectionAsync(connectionString, cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var wal = connection.CreateCommand();
                await using (wal.ConfigureAwait(false))
                {
                    // WAL lets readers (the dashboard) work while a scan is written; it persists in the file.
                    wal.CommandText = "PRAGMA journal_mode = WAL;";
                    await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var error = await SchemaMigrator.MigrateAsync(connection, SqliteDialect.Instance, fullPath, timeProvider, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    Close(connectionString);
                    return StoreOpenOutcome.Failed(error);
                }
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is NotADatabase or Corrupt)
        {
            Close(connectionString);
            return StoreOpenOutcome.Failed($"{fullPath} is not a SQLite database or is damaged ({exception.Message.TrimEnd('.')}). Use another --db path; the file was not changed.");
        }
        catch (SqliteException exception)
        {
            Close(connectionString);
            return StoreOpenOutcome.Failed($"cannot open SQLite store {fullPath}: {exception.Message}");
        }

        var store = new SqlFlywheelStore(
            SqliteDialect.Instance,
            async ct => await OpenConnectionAsync(connectionString, ct).ConfigureAwait(false),
            () =>
            {
                Close(connectionString);
                return ValueTask.CompletedTask;
            },
            fullPath,
            timeProvider);
        return StoreOpenOutcome.Opened(store);
    }

    private static async Task<DbConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                // NORMAL is durable across application crashes in WAL mode and much faster than FULL; a 64 MiB page
                // cache keeps the finding and resource indexes of a large scan in memory.
                command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void Close(string connectionString)
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
