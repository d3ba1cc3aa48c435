using Flywheel.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Store.Tests;

public sealed class StoreFactoryTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(Some.Now);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string PathOf(string name) => Path.Combine(_directory.Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    [Fact]
    public async Task OpenAsync_NewPath_CreatesStoreInWalMode()
    {
        var path = PathOf("nested/dir/flywheel.db");

        var outcome = await StoreFactory.OpenAsync(path, _time, Ct);

        outcome.Error.ShouldBeNull();
        outcome.Store!.Location.ShouldBe(path);
        await outcome.Store.DisposeAsync();
        (await ScalarAsync(path, "PRAGMA journal_mode")).ShouldBe("wal");
        (await ScalarAsync(path, "SELECT name || ':' || applied_at FROM flywheel_migrations")).ShouldBe("initial:2026-11-23T12:00:00.0000000Z");
    }

    [Fact]
    public async Task OpenAsync_TextFile_RefusedAndLeftUnchanged()
    {
        var path = PathOf("notes.txt");
        await File.WriteAllTextAsync(path, "these are my notes, not a database\n", Ct);

        var outcome = await StoreFactory.OpenAsync(path, _time, Ct);

        outcome.Store.ShouldBeNull();
        outcome.Error.ShouldBe($"{path} is not a SQLite database or is damaged (SQLite Error 26: 'file is not a database'). Use another --db path; the file was not changed.");
        (await File.ReadAllTextAsync(path, Ct)).ShouldBe("these are my notes, not a database\n");
    }

    [Fact]
    public async Task OpenAsync_ForeignSqliteDatabase_Refused()
    {
        var path = PathOf("app.db");
        await ExecuteAsync(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY); CREATE TABLE orders (id INTEGER PRIMARY KEY);");

        var outcome = await StoreFactory.OpenAsync(path, _time, Ct);

        outcome.Error.ShouldBe($"{path} is not a Flywheel store: it holds other tables (customers, orders) and no flywheel_migrations table. Use another --db path or an empty database; nothing was changed.");
        (await ScalarAsync(path, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)")).ShouldBe("customers,orders");
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanProgram_Refused()
    {
        var path = PathOf("flywheel.db");
        await (await StoreFactory.OpenAsync(path, _time, Ct)).Store!.DisposeAsync();
        await ExecuteAsync(path, "INSERT INTO flywheel_migrations (version, name, applied_at) VALUES (2, 'from-the-future', '2027-01-01T00:00:00.0000000Z')");

        var outcome = await StoreFactory.OpenAsync(path, _time, Ct);

        outcome.Error.ShouldBe($"{path} has schema version 2, newer than this Flywheel supports (1). Upgrade Flywheel; the store was not changed.");
    }

    [Fact]
    public async Task OpenAsync_Directory_Refused()
    {
        var outcome = await StoreFactory.OpenAsync(_directory.Path, _time, Ct);

        outcome.Error.ShouldBe($"{_directory.Path} is a directory, not a SQLite store file.");
    }

    [Fact]
    public async Task OpenAsync_NoDb_UsesXdgDataHome()
    {
        var outcome = await StoreFactory.OpenAsync(null, Environment(("XDG_DATA_HOME", _directory.Path)), _time, Ct);

        outcome.Store!.Location.ShouldBe(PathOf("flywheel/flywheel.db"));
        await outcome.Store.DisposeAsync();
        File.Exists(PathOf("flywheel/flywheel.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenAsync_FlywheelDbVariable_UsedWhenNoDbGiven()
    {
        var outcome = await StoreFactory.OpenAsync(null, Environment(("FLYWHEEL_DB", PathOf("from-env.db"))), _time, Ct);

        outcome.Store!.Location.ShouldBe(PathOf("from-env.db"));
        await outcome.Store.DisposeAsync();
    }

    [Theory]
    [InlineData("/var/lib/flywheel.db", "Sqlite", "/var/lib/flywheel.db")]
    [InlineData("sqlite:relative.db", "Sqlite", "relative.db")]
    [InlineData("postgres://u:p@db.internal:5433/flywheel", "PostgresUri", "postgres://u:p@db.internal:5433/flywheel")]
    [InlineData("postgresql://db.internal/flywheel", "PostgresUri", "postgresql://db.internal/flywheel")]
    [InlineData("Host=db.internal;Username=u;Password=p", "PostgresConnectionString", "Host=db.internal;Username=u;Password=p")]
    public void Resolve_DbValue_PicksTheStore(string db, string kind, string value)
    {
        var target = StoreTarget.Resolve(db, Environment());

        target.ShouldBe(new StoreTarget(Enum.Parse<StoreKind>(kind), value));
    }

    [Fact]
    public void Resolve_Nothing_DefaultsUnderHome()
    {
        StoreTarget.Resolve(null, Environment(("HOME", "/home/ana"))).ShouldBe(new StoreTarget(StoreKind.Sqlite, "/home/ana/.local/share/flywheel/flywheel.db"));
    }

    [Fact]
    public void ParsePostgres_Uri_MapsEveryPart()
    {
        var builder = StoreFactory.ParsePostgres(new StoreTarget(StoreKind.PostgresUri, "postgres://team%40corp:s%3Acret@db.internal:5433/flywheel?sslmode=require"), out var error);

        error.ShouldBeNull();
        builder!.ShouldSatisfyAllConditions(
            b => b.Host.ShouldBe("db.internal"),
            b => b.Port.ShouldBe(5433),
            b => b.Username.ShouldBe("team@corp"),
            b => b.Password.ShouldBe("s:cret"),
            b => b.Database.ShouldBe("flywheel"),
            b => b.SslMode.ShouldBe(Npgsql.SslMode.Require),
            b => b.Timeout.ShouldBe(10));
    }

    [Fact]
    public void ParsePostgres_Invalid_NeverEchoesThePassword()
    {
        StoreFactory.ParsePostgres(new StoreTarget(StoreKind.PostgresConnectionString, "Host=h;Password=hunter2;Bogus Key=1"), out var error).ShouldBeNull();

        error.ShouldNotBeNull();
        error.ShouldStartWith("the PostgreSQL connection is not valid: ");
        error.ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task OpenAsync_UnreachablePostgres_NamesHostAndPort()
    {
        var outcome = await StoreFactory.OpenAsync("Host=127.0.0.1;Port=1;Username=flywheel;Password=secret;Database=flywheel;Timeout=3", _time, Ct);

        outcome.Store.ShouldBeNull();
        outcome.Error.ShouldBe("cannot reach PostgreSQL at 127.0.0.1:1: Connection refused. Check the host and port and that the server is running.");
    }
}
