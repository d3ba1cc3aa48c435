using System.Data.Common;

namespace Flywheel.Store.Sql;

/// <summary>Accumulates rows as commands of one <see cref="DbBatch"/> and sends them together.</summary>
internal sealed class BatchRowWriter : RowWriter
{
    private const int BatchSize = 1000;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _sql;
    private readonly IReadOnlyList<string> _parameterNames;
    private DbBatch? _batch;

    public BatchRowWriter(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameterNames)
    {
        _connection = connection;
        _transaction = transaction;
        _sql = sql;
        _parameterNames = parameterNames;
    }

    public override async Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        if (_batch is null)
        {
            _batch = _connection.CreateBatch();
            _batch.Transaction = _transaction;
        }

        var command = _batch.CreateBatchCommand();
        command.CommandText = _sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = _parameterNames[i];
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        _batch.BatchCommands.Add(command);
        if (_batch.BatchCommands.Count >= BatchSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is null)
        {
            return;
        }

        var batch = _batch;
        _batch = null;
        await using (batch.ConfigureAwait(false))
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_batch is not null)
        {
            await _batch.DisposeAsync().ConfigureAwait(false);
            _batch = null;
        }
    }
}
