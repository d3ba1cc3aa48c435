using Flywheel.Core.Inventory;

namespace Flywheel.Rules.Knowledge;

/// <summary>Facts about RDS engine names shared by the rules.</summary>
internal static class RdsEngines
{
    public static bool IsAurora(string engine) => engine.StartsWith("aurora", StringComparison.Ordinal);

    /// <summary>
    /// An Aurora cluster member: its master user, log exports, IAM authentication and engine version are the
    /// cluster's, so instance rules about those settings leave it to the cluster rule.
    /// </summary>
    public static bool IsAuroraMember(DbInstance instance) => instance.ClusterIdentifier is not null && IsAurora(instance.Engine);

    /// <summary>The engine family used to look up per-engine defaults: sqlserver-ee → sqlserver, oracle-se2 → oracle, db2-ae → db2.</summary>
    public static string Family(string engine)
    {
        foreach (var family in (ReadOnlySpan<string>)["sqlserver", "oracle", "db2"])
        {
            if (engine.StartsWith(family + "-", StringComparison.Ordinal))
            {
                return family;
            }
        }

        return engine;
    }
}
