using Flywheel.Store.Tests.Contract;

namespace Flywheel.Store.Tests.Sqlite;

/// <summary>The store contract on a SQLite file in a temporary directory.</summary>
public sealed class SqliteFindingStoreTests : FindingStoreContract
{
    private readonly TempDirectory _directory = new();

    private string DbPath => Path.Combine(_directory.Path, "flywheel.db");

    protected override Task PrepareAsync() => Task.CompletedTask;

    protected override Task<StoreOpenOutcome> OpenOutcomeAsync() => StoreFactory.OpenAsync(DbPath, Time, TestContext.Current.CancellationToken);

    protected override Task CleanUpAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
