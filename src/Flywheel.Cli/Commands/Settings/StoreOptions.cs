using System.CommandLine;

namespace Flywheel.Cli.Commands.Settings;

/// <summary>The <c>--db</c> option of the commands that read or write findings history.</summary>
internal static class StoreOptions
{
    public static Option<string?> CreateDbOption() => new("--db")
    {
        Description = "The findings store: a SQLite file path (default: $FLYWHEEL_DB, else ~/.local/share/flywheel/flywheel.db), or PostgreSQL as postgres://user:password@host:port/database or Host=…;Username=….",
        HelpName = "PATH|URI",
    };
}
