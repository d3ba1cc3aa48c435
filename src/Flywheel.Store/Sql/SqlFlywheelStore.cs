using System.Data.Common;

namespace Flywheel.Store.Sql;

/// <summary>
/// The store over ADO.NET, shared by SQLite and PostgreSQL: the SQL is common, the <see cref="SqlDialect"/> supplies
/// what differs (time values, write locking, batching). The lifecycle is decided elsewhere; this class only persists.
/// </summary>
internal sealed partial class SqlFlywheelStore : IFlywheelStore
{
    private readonly SqlDialect _dialect;
    private readonly Func<CancellationToken, ValueTask<DbConnection>> _open;
    private readonly Func<ValueTask> _close;
    private readonly TimeProvider _timeProvider;

    public SqlFlywheelStore(SqlDialect dialect, Func<CancellationToken, ValueTask<DbConnection>> open, Func<ValueTask> close, string location, TimeProvider timeProvider)
    {
        _dialect = dialect;
        _open = open;
        _close = close;
        Location = location;
        _timeProvider = timeProvider;
    }

    public string Location { get; }

    public ValueTask DisposeAsync() => _close();

    private async Task<T> RunAsync<T>(string what, Func<DbConnection, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await _open(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await action(connection).ConfigureAwait(false);
            }
        }
        catch (DbException exception)
        {
            throw new StoreException($"could not {what} in {_dialect.Name} store {Location}: {exception.Message}", exception);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
