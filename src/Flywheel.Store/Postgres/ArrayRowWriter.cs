using Flywheel.Store.Sql;
using Npgsql;

namespace Flywheel.Store.Postgres;

/// <summary>
/// Collects rows column by column and sends them as one statement over <c>unnest</c> of array parameters, in
/// chunks: one round trip and one plan per 10,000 rows instead of one per row.
/// </summary>
internal sealed class ArrayRowWriter : RowWriter
{
    private const int ChunkSize = 10_000;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _sql;
    private readonly IReadOnlyList<string> _parameterNames;
    private readonly List<object?>[] _columns;

    public ArrayRowWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, IReadOnlyList<string> parameterNames)
    {
        _connection = connection;
        _transaction = transaction;
        _sql = sql;
        _parameterNames = parameterNames;
        _columns = parameterNames.Select(_ => new List<object?>()).ToArray();
    }

    public override async Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _columns[i].Add(values[i]);
        }

        if (_columns[0].Count >= ChunkSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_columns[0].Count == 0)
        {
            return;
        }

        var command = new NpgsqlCommand(_sql, _connection, _transaction);
        await using (command.ConfigureAwait(false))
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                command.Parameters.AddWithValue(_parameterNames[i].TrimStart('@'), ToArray(_columns[i]));
                _columns[i].Clear();
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A typed array (text[], bigint[], integer[], timestamptz[]) from the column's values.</summary>
    private static Array ToArray(List<object?> column) => column.FirstOrDefault(v => v is not null) switch
    {
        long => column.Select(v => (long)v!).ToArray(),
        int => column.Select(v => (int)v!).ToArray(),
        DateTimeOffset => column.Select(v => (DateTimeOffset)v!).ToArray(),
        _ => column.Select(v => (string?)v).ToArray(),
    };
}
