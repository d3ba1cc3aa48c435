namespace Flywheel.Store;

/// <summary>Where a <c>--db</c> value points: a SQLite file path or a PostgreSQL connection (URI or key=value).</summary>
internal sealed record StoreTarget(StoreKind Kind, string Value)
{
    public const string DatabaseVariable = "FLYWHEEL_DB";

    /// <summary>
    /// Resolves <c>--db</c>: the value given, else <c>FLYWHEEL_DB</c>, else <c>flywheel/flywheel.db</c> under
    /// <c>$XDG_DATA_HOME</c> (default <c>~/.local/share</c>).
    /// </summary>
    public static StoreTarget Resolve(string? db, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var value = string.IsNullOrWhiteSpace(db) ? environment(DatabaseVariable) : db;
        if (string.IsNullOrWhiteSpace(value))
        {
            return new StoreTarget(StoreKind.Sqlite, DefaultPath(environment));
        }

        value = value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreTarget(StoreKind.PostgresUri, value);
        }

        if (value.Contains('=', StringComparison.Ordinal) && value.Split(';').Any(IsHostSetting))
        {
            return new StoreTarget(StoreKind.PostgresConnectionString, value);
        }

        const string sqlitePrefix = "sqlite:";
        return new StoreTarget(StoreKind.Sqlite, value.StartsWith(sqlitePrefix, StringComparison.OrdinalIgnoreCase) ? value[sqlitePrefix.Length..] : value);
    }

    private static bool IsHostSetting(string part)
    {
        var name = part.Split('=', 2)[0].Trim();
        return name.Equals("host", StringComparison.OrdinalIgnoreCase) || name.Equals("server", StringComparison.OrdinalIgnoreCase);
    }

    private static string DefaultPath(Func<string, string?> environment)
    {
        var dataHome = environment("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home))
            {
                home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            }

            dataHome = Path.Combine(home, ".local", "share");
        }

        return Path.Combine(dataHome, "flywheel", "flywheel.db");
    }
}
