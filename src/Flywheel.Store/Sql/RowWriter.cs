using System.Data.Common;

namespace Flywheel.Store.Sql;

/// <summary>
/// Writes many rows with one statement: SQLite reuses one prepared command (in-process, no round trips);
/// PostgreSQL sends batches of commands (one round trip per batch).
/// </summary>
internal abstract class RowWriter : IAsyncDisposable
{
    public abstract Task WriteAsync(object?[] values, CancellationToken cancellationToken);

    public abstract Task FlushAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected static void Bind(DbParameterCollection parameters, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
