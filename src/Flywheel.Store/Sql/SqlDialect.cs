using System.Data.Common;

namespace Flywheel.Store.Sql;

/// <summary>What differs between SQLite and PostgreSQL; the SQL itself is shared (both speak ON CONFLICT and RETURNING).</summary>
internal abstract class SqlDialect
{
    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Name { get; }

    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Lists the tables of the store's schema, one name per row.</summary>
    public abstract string ListTablesSql { get; }

    /// <summary>The parameter value for a point in time.</summary>
    public abstract object Time(DateTimeOffset value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>
    /// Begins a write transaction that excludes other writers of the same <paramref name="lockKeys"/> (scopes)
    /// until it ends, so two scans never interleave reads and writes of the same findings.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, IReadOnlyCollection<string> lockKeys, CancellationToken cancellationToken);

    /// <summary>
    /// A writer for many rows of <paramref name="sql"/> (one row's statement). <paramref name="setSql"/> is the same
    /// statement over <c>unnest</c> of array parameters, for a dialect that can use it (PostgreSQL derives it itself
    /// for a plain <c>INSERT … VALUES</c>).
    /// </summary>
    public abstract RowWriter CreateWriter(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameterNames, string? setSql = null);
}
