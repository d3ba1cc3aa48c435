namespace Flywheel.Rules.Knowledge;

/// <summary>
/// The CloudWatch Logs exports a security baseline needs per engine: the logs that record connections,
/// errors and changes. Keys are engine names or families (sqlserver, oracle, db2 cover every edition).
/// </summary>
internal static class EngineLogTypes
{
    public static Dictionary<string, List<string>> Defaults() => new(StringComparer.Ordinal)
    {
        ["postgres"] = ["postgresql", "upgrade"],
        ["mysql"] = ["audit", "error", "general", "slowquery"],
        ["mariadb"] = ["audit", "error", "general", "slowquery"],
        ["sqlserver"] = ["error", "agent"],
        ["oracle"] = ["alert", "audit", "listener", "trace"],
        ["db2"] = ["diag.log", "notify.log"],
        ["aurora-mysql"] = ["audit", "error", "general", "slowquery"],
        ["aurora-postgresql"] = ["postgresql"],
    };

    /// <summary>The required log types for an engine: an exact entry first, then its family; null when neither is configured.</summary>
    public static IReadOnlyList<string>? For(IReadOnlyDictionary<string, List<string>> required, string engine) =>
        required.TryGetValue(engine, out var exact) ? exact
        : required.TryGetValue(RdsEngines.Family(engine), out var family) ? family
        : null;
}
