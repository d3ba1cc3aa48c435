using Flywheel.Store;

namespace Flywheel.Cli.Commands;

/// <summary>Opens the findings store for a command; a store that cannot be opened is reported once, on stderr.</summary>
internal static class StoreSession
{
    /// <summary>The open store, or null after writing why it could not be opened.</summary>
    public static async Task<IFlywheelStore?> OpenAsync(CliServices services, string? db, CancellationToken cancellationToken)
    {
        var outcome = await services.OpenStore(db, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            return outcome.Store;
        }

        await services.Stderr.WriteLineAsync($"flywheel: findings store: {outcome.Error}").ConfigureAwait(false);
        return null;
    }
}
