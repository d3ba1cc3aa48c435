using Flywheel.Store.Sql;

namespace Flywheel.Store.Postgres;

/// <summary>The PostgreSQL types of the shared schema: identity columns, time zone-aware timestamps.</summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } = StoreSchema.For("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "TIMESTAMPTZ", "BIGINT");
}
