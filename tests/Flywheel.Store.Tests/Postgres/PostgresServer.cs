using Npgsql;

namespace Flywheel.Store.Tests.Postgres;

/// <summary>
/// The PostgreSQL server named by <c>FLYWHEEL_TEST_POSTGRES</c>. Unset, the tests skip with how to enable them,
/// except under <c>CI=true</c>, where a missing server fails them.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "FLYWHEEL_TEST_POSTGRES";

    public const string HowToEnable = "PostgreSQL store tests need a server: run scripts/ci/postgres-up.sh, then `. ${TMPDIR:-/tmp}/flywheel-postgres.env` (sets FLYWHEEL_TEST_POSTGRES), then dotnet test; scripts/ci/postgres-down.sh stops it.";

    /// <summary>The connection string, or skips (fails under CI) the calling test.</summary>
    public static string RequireConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {Variable} is not set. {HowToEnable}");
        }

        Assert.Skip($"{Variable} is not set. {HowToEnable}");
        return string.Empty;
    }

    /// <summary>A connection string to a new, empty schema of its own (tests run in parallel on one database).</summary>
    public static async Task<(string ConnectionString, string Schema)> CreateSchemaAsync(CancellationToken cancellationToken)
    {
        var baseString = RequireConnectionString();
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(baseString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(baseString) { SearchPath = schema };
        return (builder.ConnectionString, schema);
    }

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(RequireConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
