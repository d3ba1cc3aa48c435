using System.Globalization;
using System.Net.Sockets;
using Flywheel.Store.Sql;
using Npgsql;

namespace Flywheel.Store.Postgres;

/// <summary>Connects to PostgreSQL, checks and migrates the schema, and explains a failure by host, port and user.</summary>
internal static class PostgresStoreOpener
{
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : " (schema " + builder.SearchPath + ")";
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}{schema}");
    }

    public static async Task<StoreOpenOutcome> OpenAsync(NpgsqlConnectionStringBuilder builder, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var location = Describe(builder);
        var server = string.Create(CultureInfo.InvariantCulture, $"{builder.Host}:{builder.Port}");
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var error = await SchemaMigrator.MigrateAsync(connection, PostgresDialect.Instance, location, timeProvider, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    await dataSource.DisposeAsync().ConfigureAwait(false);
                    return StoreOpenOutcome.Failed(error);
                }
            }
        }
        catch (NpgsqlException exception)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            return StoreOpenOutcome.Failed(Explain(exception, builder, server, location));
        }

        var store = new SqlFlywheelStore(
            PostgresDialect.Instance,
            async ct => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false),
            () => dataSource.DisposeAsync(),
            location,
            timeProvider);
        return StoreOpenOutcome.Opened(store);
    }

    private static string Explain(NpgsqlException exception, NpgsqlConnectionStringBuilder builder, string server, string location) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } rejected =>
            $"PostgreSQL at {server} rejected user '{builder.Username}' ({rejected.SqlState}: {rejected.MessageText}). Check the user name and password.",
        PostgresException { SqlState: "3D000" } missing =>
            $"PostgreSQL at {server} has no database '{builder.Database}' ({missing.MessageText}). Create it or name another one.",
        PostgresException other => $"cannot open PostgreSQL store {location}: {other.SqlState}: {other.MessageText}",
        { InnerException: SocketException or TimeoutException or IOException } =>
            $"cannot reach PostgreSQL at {server}: {exception.InnerException!.Message}. Check the host and port and that the server is running.",
        _ => $"cannot open PostgreSQL store {location}: {exception.Message}",
    };
}
