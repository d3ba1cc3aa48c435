namespace Flywheel.Store;

/// <summary>An opened store, or why it could not be opened (a message naming the file or host).</summary>
public sealed record StoreOpenOutcome(IFlywheelStore? Store, string? Error)
{
    public bool Succeeded => Store is not null;

    public static StoreOpenOutcome Opened(IFlywheelStore store) => new(store, null);

    public static StoreOpenOutcome Failed(string error) => new(null, error);
}
