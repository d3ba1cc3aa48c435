using Flywheel.Store.Tests.Contract;

namespace Flywheel.Store.Tests.Postgres;

/// <summary>The store contract on PostgreSQL, each test in a schema of its own.</summary>
public sealed class PostgresFindingStoreTests : FindingStoreContract
{
    private string? _connectionString;
    private string? _schema;

    protected override async Task PrepareAsync() =>
        (_connectionString, _schema) = await PostgresServer.CreateSchemaAsync(TestContext.Current.CancellationToken);

    protected override Task<StoreOpenOutcome> OpenOutcomeAsync() => StoreFactory.OpenAsync(_connectionString, Time, TestContext.Current.CancellationToken);

    protected override async Task CleanUpAsync()
    {
        if (_schema is not null)
        {
            await PostgresServer.DropSchemaAsync(_schema);
        }
    }
}
