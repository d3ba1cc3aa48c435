using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Flywheel.Store.Tests.Postgres;

public sealed class PostgresStoreOpenerTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(Some.Now);
    private string? _schema;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await PostgresServer.DropSchemaAsync(_schema);
        }
    }

    private async Task<string> NewSchemaAsync()
    {
        (var connectionString, _schema) = await PostgresServer.CreateSchemaAsync(Ct);
        return connectionString;
    }

    [Fact]
    public async Task OpenAsync_WrongPassword_NamesServerAndUser()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString()) { Password = "not-the-password" };

        var outcome = await StoreFactory.OpenAsync(builder.ConnectionString, _time, Ct);

        outcome.Store.ShouldBeNull();
        outcome.Error.ShouldBe($"PostgreSQL at {builder.Host}:{builder.Port} rejected user '{builder.Username}' (28P01: password authentication failed for user \"{builder.Username}\"). Check the user name and password.");
    }

    [Fact]
    public async Task OpenAsync_MissingDatabase_SaysSo()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.RequireConnectionString()) { Database = "no_such_db" };

        var outcome = await StoreFactory.OpenAsync(builder.ConnectionString, _time, Ct);

        outcome.Error.ShouldBe($"PostgreSQL at {builder.Host}:{builder.Port} has no database 'no_such_db' (database \"no_such_db\" does not exist). Create it or name another one.");
    }

    [Fact]
    public async Task OpenAsync_UriForm_Opens()
    {
        var builder = new NpgsqlConnectionStringBuilder(await NewSchemaAsync());
        var uri = $"postgres://{builder.Username}:{Uri.EscapeDataString(builder.Password!)}@{builder.Host}:{builder.Port}/{builder.Database}?Search%20Path={_schema}";

        var outcome = await StoreFactory.OpenAsync(uri, _time, Ct);

        outcome.Error.ShouldBeNull();
        outcome.Store!.Location.ShouldBe($"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database} (schema {_schema})");
        outcome.Store.Location.ShouldNotContain(builder.Password!);
        await outcome.Store.DisposeAsync();
    }

    [Fact]
    public async Task OpenAsync_ForeignSchema_Refused()
    {
        var connectionString = await NewSchemaAsync();
        await PostgresServer.ExecuteAsync(connectionString, "CREATE TABLE customers (id int)");

        var outcome = await StoreFactory.OpenAsync(connectionString, _time, Ct);

        outcome.Error.ShouldEndWith("is not a Flywheel store: it holds other tables (customers) and no flywheel_migrations table. Use another --db path or an empty database; nothing was changed.");
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanProgram_Refused()
    {
        var connectionString = await NewSchemaAsync();
        await (await StoreFactory.OpenAsync(connectionString, _time, Ct)).Store!.DisposeAsync();
        await PostgresServer.ExecuteAsync(connectionString, "INSERT INTO flywheel_migrations (version, name, applied_at) VALUES (2, 'from-the-future', now())");

        var outcome = await StoreFactory.OpenAsync(connectionString, _time, Ct);

        outcome.Error.ShouldEndWith("has schema version 2, newer than this Flywheel supports (1). Upgrade Flywheel; the store was not changed.");
    }

    [Fact]
    public async Task OpenAsync_TwoProcessesAtOnce_MigrateOnce()
    {
        var connectionString = await NewSchemaAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => StoreFactory.OpenAsync(connectionString, _time, Ct)));

        outcomes.ShouldAllBe(o => o.Error == null);
        foreach (var outcome in outcomes)
        {
            await outcome.Store!.DisposeAsync();
        }
    }
}
