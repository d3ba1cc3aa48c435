using Flywheel.Store.Sql;

namespace Flywheel.Store.Sqlite;

/// <summary>The SQLite types of the shared schema. Times are UTC ISO-8601 text, which sorts as time does.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } = StoreSchema.For("INTEGER PRIMARY KEY AUTOINCREMENT", "TEXT", "INTEGER");
}
