using System.Data.Common;

namespace Flywheel.Store.Sql;

/// <summary>One prepared command, re-bound and executed per row.</summary>
internal sealed class PreparedRowWriter : RowWriter
{
    private readonly DbCommand _command;

    public PreparedRowWriter(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }
    }

    public override Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        Bind(_command.Parameters, values);

        // SQLite runs in-process: the synchronous call avoids a task per row.
        _command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync() => _command.DisposeAsync();
}
