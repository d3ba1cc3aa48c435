namespace Flywheel.Rules.Knowledge;

/// <summary>The engines that support IAM database authentication (SQL Server, Oracle, Db2 and RDS Custom do not).</summary>
internal static class IamAuthEngines
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "mysql", "mariadb", "postgres", "aurora-mysql", "aurora-postgresql",
    };

    public static bool Supports(string engine) => Supported.Contains(engine);
}
