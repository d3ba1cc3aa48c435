namespace Flywheel.Sandbox.State;

/// <summary>
/// The engine versions the sandbox offers and their support lifecycles: a fixed, plausible catalogue (not a copy
/// of AWS's), enough for rules about deprecated versions and extended support.
/// </summary>
internal static class EngineCatalog
{
    public static readonly IReadOnlyList<(string Engine, string Version, string Status)> Versions =
    [
        ("aurora-mysql", "5.7.mysql_aurora.2.12.4", "deprecated"),
        ("aurora-mysql", "8.0.mysql_aurora.3.05.2", "available"),
        ("aurora-mysql", "8.0.mysql_aurora.3.08.0", "available"),
        ("aurora-postgresql", "13.16", "available"),
        ("aurora-postgresql", "15.4", "available"),
        ("aurora-postgresql", "16.4", "available"),
        ("mariadb", "10.6.20", "available"),
        ("mariadb", "10.11.9", "available"),
        ("mariadb", "11.4.4", "available"),
        ("mysql", "5.7.44", "deprecated"),
        ("mysql", "8.0.39", "available"),
        ("mysql", "8.0.40", "available"),
        ("mysql", "8.4.3", "available"),
        ("postgres", "13.20", "available"),
        ("postgres", "15.10", "available"),
        ("postgres", "16.4", "available"),
        ("postgres", "16.6", "available"),
        ("postgres", "17.2", "available"),
    ];

    public static string Major(string engine, string version) => engine switch
    {
        "aurora-mysql" => version.StartsWith("5.7", StringComparison.Ordinal) ? "5.7" : "8.0",
        "mysql" or "mariadb" => string.Join('.', version.Split('.').Take(2)),
        _ => version.Split('.')[0],
    };

    public static string Family(string engine, string version) => engine switch
    {
        "postgres" => "postgres" + Major(engine, version),
        "aurora-postgresql" => "aurora-postgresql" + Major(engine, version),
        "aurora-mysql" => "aurora-mysql" + Major(engine, version),
        _ => engine + Major(engine, version),
    };

    /// <summary>When standard support of a major version ends (extended support lasts three more years).</summary>
    public static DateTimeOffset StandardSupportEnd(string engine, string major) => (engine.Replace("aurora-", "", StringComparison.Ordinal), major) switch
    {
        ("postgresql" or "postgres", "13") => Date(2026, 2, 28),
        ("postgresql" or "postgres", "14") => Date(2027, 2, 28),
        ("postgresql" or "postgres", "15") => Date(2028, 2, 29),
        ("postgresql" or "postgres", "16") => Date(2029, 2, 28),
        ("mysql", "5.7") => Date(2024, 2, 29),
        ("mysql", "8.0") => Date(2026, 7, 31),
        ("mariadb", "10.6") => Date(2026, 7, 31),
        ("mariadb", "10.11") => Date(2028, 2, 29),
        _ => Date(2030, 2, 28),
    };

    public static DateTimeOffset StandardSupportStart(string engine, string major) => StandardSupportEnd(engine, major).AddYears(-5);

    private static DateTimeOffset Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
