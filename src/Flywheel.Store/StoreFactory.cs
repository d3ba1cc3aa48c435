using Flywheel.Store.Postgres;
using Flywheel.Store.Sqlite;
using Npgsql;

namespace Flywheel.Store;

/// <summary>
/// Opens the store a <c>--db</c> value names: a SQLite file (the default, under the user's data directory), or
/// PostgreSQL given as <c>postgres://user:password@host:port/database</c> or <c>Host=…;Username=…</c>. The value
/// may also come from the <c>FLYWHEEL_DB</c> environment variable.
/// </summary>
public static class StoreFactory
{
    // Npgsql's default connect timeout; a store that is down should fail fast instead.
    private const int NpgsqlDefaultTimeout = 15;
    private const int ConnectTimeout = 10;

    public static Task<StoreOpenOutcome> OpenAsync(string? db, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(db, Environment.GetEnvironmentVariable, timeProvider, cancellationToken);

    internal static async Task<StoreOpenOutcome> OpenAsync(string? db, Func<string, string?> environment, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var target = StoreTarget.Resolve(db, environment);
        if (target.Kind == StoreKind.Sqlite)
        {
            return await SqliteStoreOpener.OpenAsync(target.Value, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        var builder = ParsePostgres(target, out var error);
        return builder is null
            ? StoreOpenOutcome.Failed(error!)
            : await PostgresStoreOpener.OpenAsync(builder, timeProvider, cancellationToken).ConfigureAwait(false);
    }

    internal static NpgsqlConnectionStringBuilder? ParsePostgres(StoreTarget target, out string? error)
    {
        ArgumentNullException.ThrowIfNull(target);
        error = null;
        try
        {
            var builder = target.Kind == StoreKind.PostgresUri ? FromUri(target.Value) : new NpgsqlConnectionStringBuilder(target.Value);
            if (string.IsNullOrEmpty(builder.Host))
            {
                error = "the PostgreSQL connection names no host.";
                return null;
            }

            if (builder.Timeout == NpgsqlDefaultTimeout)
            {
                builder.Timeout = ConnectTimeout;
            }

            return builder;
        }
        catch (Exception exception) when (exception is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            // The message of a parse failure never echoes the value: it may hold a password.
            error = "the PostgreSQL connection is not valid: " + exception.GetType().Name + " (" + FirstSentence(exception.Message) + ").";
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static NpgsqlConnectionStringBuilder FromUri(string value)
    {
        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var setting = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;

            // libpq spellings used in URIs, mapped to Npgsql's.
            builder[key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "connect_timeout" => "Timeout",
                "application_name" => "Application Name",
                "options" => "Options",
                _ => key,
            }] = setting;
        }

        return builder;
    }
}
