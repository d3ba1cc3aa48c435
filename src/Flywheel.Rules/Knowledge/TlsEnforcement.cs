using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// How each RDS engine is made to refuse unencrypted connections: a parameter in the DB (or DB cluster)
/// parameter group for PostgreSQL, SQL Server, MySQL, MariaDB 10.5+ and Db2; the SSL option for Oracle.
/// </summary>
internal static class TlsEnforcement
{
    public const string ForceSsl = "rds.force_ssl";
    public const string RequireSecureTransport = "require_secure_transport";
    public const string Db2Comm = "db2comm";
    public const string OracleSslOption = "SSL";

    /// <summary>The parameter that enforces TLS on an instance of <paramref name="engine"/>, or null when none does.</summary>
    public static string? InstanceParameter(string engine) => engine switch
    {
        "postgres" => ForceSsl,
        "mysql" or "mariadb" => RequireSecureTransport,
        _ when engine.StartsWith("sqlserver-", StringComparison.Ordinal) => ForceSsl,
        _ when engine.StartsWith("db2-", StringComparison.Ordinal) => Db2Comm,
        _ => null,
    };

    /// <summary>The cluster parameter that enforces TLS on an Aurora or Multi-AZ DB cluster, or null when none does.</summary>
    public static string? ClusterParameter(string engine) => engine switch
    {
        "aurora-postgresql" or "postgres" => ForceSsl,
        "aurora-mysql" or "mysql" => RequireSecureTransport,
        _ => null,
    };

    public static bool IsOracle(string engine) => engine.StartsWith("oracle-", StringComparison.Ordinal);

    /// <summary>MariaDB has require_secure_transport from 10.5; older versions cannot refuse plain connections.</summary>
    public static bool MariaDbCanEnforce(string engineVersion)
    {
        var parts = engineVersion.Split('.');
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && (major > 10 || (major == 10 && minor >= 5));
    }

    /// <summary>The value that enforces TLS, as a person would set it.</summary>
    public static string ExpectedValue(string parameter) => parameter switch
    {
        Db2Comm => "SSL",
        RequireSecureTransport => "1 (ON)",
        _ => "1",
    };

    public static bool Enforces(string parameter, string value) => parameter switch
    {
        Db2Comm => value.Contains("SSL", StringComparison.OrdinalIgnoreCase),
        RequireSecureTransport => value is "1" || value.Equals("ON", StringComparison.OrdinalIgnoreCase) || value.Equals("TRUE", StringComparison.OrdinalIgnoreCase),
        _ => value is "1",
    };

    /// <summary>Reads <paramref name="parameter"/> from the named parameter group and judges it.</summary>
    public static RuleResult CheckParameter(RuleContext context, AwsResource resource, string engine, string groupName, bool isCluster, string parameter)
    {
        var kind = isCluster ? "DB cluster parameter group" : "DB parameter group";
        var group = context.Inventory.FindParameterGroup(resource.AccountId, resource.Region, groupName, isCluster);
        if (group is null)
        {
            return context.NotCollected(resource, isCluster ? Dataset.RdsDbClusterParameterGroups : Dataset.RdsDbParameterGroups)
                ?? RuleResult.Error($"{kind} {groupName} is not in the inventory", new Evidence("ParameterGroup", groupName));
        }

        if (group.Parameters is null)
        {
            return context.NotCollected(resource, isCluster ? Dataset.RdsDbClusterParameters : Dataset.RdsDbParameters, groupName)
                ?? RuleResult.Error($"the parameters of {kind} {groupName} were not collected", new Evidence("ParameterGroup", groupName));
        }

        var evidence = new[] { new Evidence("Engine", engine), new Evidence("ParameterGroup", groupName) };
        if (!group.Parameters.TryGetValue(parameter, out var value))
        {
            return RuleResult.Error($"{engine}: {parameter} is absent from the collected parameters of {kind} {groupName}", [.. evidence, new Evidence(parameter, null)]);
        }

        if (value is null)
        {
            return RuleResult.Fail($"{engine}: {parameter} has no value in {kind} {groupName}; set it to {ExpectedValue(parameter)} so that connections without TLS are refused", [.. evidence, new Evidence(parameter, null)]);
        }

        return Enforces(parameter, value)
            ? RuleResult.Pass($"{engine}: {parameter} is {value} in {kind} {groupName}, so connections without TLS are refused", [.. evidence, new Evidence(parameter, value)])
            : RuleResult.Fail($"{engine}: {parameter} is {value} in {kind} {groupName}, so clients may connect without TLS; set it to {ExpectedValue(parameter)}", [.. evidence, new Evidence(parameter, value)]);
    }
}
