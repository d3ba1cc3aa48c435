namespace Flywheel.Store;

/// <summary>How a <c>--db</c> value was understood.</summary>
internal enum StoreKind
{
    Sqlite,
    PostgresUri,
    PostgresConnectionString,
}
