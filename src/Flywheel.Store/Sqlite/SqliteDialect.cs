using System.Data.Common;
using System.Globalization;
using Flywheel.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Flywheel.Store.Sqlite;

/// <summary>SQLite: times as fixed-width UTC text (sorts as time), one writer at a time via BEGIN IMMEDIATE.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static SqliteDialect Instance { get; } = new();

    public override string Name => "SQLite";

    public override IReadOnlyList<Migration> Migrations => SqliteSchema.Migrations;

    public override string ListTablesSql => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    public override object Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, IReadOnlyCollection<string> lockKeys, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock before the lifecycle reads the stored state; other writers wait (busy timeout).
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(transaction);
    }

    public override RowWriter CreateWriter(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameterNames, string? setSql = null) =>
        new PreparedRowWriter(connection, transaction, sql, parameterNames);
}
