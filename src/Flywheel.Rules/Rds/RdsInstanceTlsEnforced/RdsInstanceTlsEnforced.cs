using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceTlsEnforced;

/// <summary>
/// An instance refuses connections without TLS, by the engine's own switch (see <see cref="TlsEnforcement"/>).
/// Cluster members take the setting from the cluster parameter group and are judged by rds-cluster-tls-enforced.
/// </summary>
internal sealed class RdsInstanceTlsEnforced : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-tls-enforced";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (ClusterMembership.AnyMember(resource, "TLS is enforced in the cluster parameter group; see rds-cluster-tls-enforced") is { } member)
        {
            return member;
        }

        var engine = resource.Engine;
        if (TlsEnforcement.IsOracle(engine))
        {
            return CheckOracle(resource, context);
        }

        if (TlsEnforcement.InstanceParameter(engine) is not { } parameter)
        {
            return RuleResult.NotApplicable($"engine {engine} has no TLS enforcement setting that Flywheel knows", new Evidence("Engine", engine));
        }

        if (engine == "mariadb")
        {
            if (resource.EngineVersion is null)
            {
                return RuleResult.Missing("EngineVersion");
            }

            if (!TlsEnforcement.MariaDbCanEnforce(resource.EngineVersion))
            {
                return RuleResult.Fail($"mariadb {resource.EngineVersion} cannot enforce TLS below 10.5; upgrade to 10.5 or later and set require_secure_transport", new Evidence("Engine", engine), new Evidence("EngineVersion", resource.EngineVersion));
            }
        }

        if (resource.ParameterGroupNames.Count == 0)
        {
            return RuleResult.Missing("ParameterGroupNames");
        }

        return TlsEnforcement.CheckParameter(context, resource, engine, resource.ParameterGroupNames[0], isCluster: false, parameter);
    }

    private static RuleResult CheckOracle(DbInstance resource, RuleContext context)
    {
        if (resource.OptionGroupNames.Count == 0)
        {
            return RuleResult.Missing("OptionGroupNames");
        }

        foreach (var name in resource.OptionGroupNames)
        {
            var group = context.Inventory.FindOptionGroup(resource.AccountId, resource.Region, name);
            if (group is null)
            {
                return context.NotCollected(resource, Dataset.RdsOptionGroups)
                    ?? RuleResult.Error($"option group {name} is not in the inventory", new Evidence("OptionGroup", name));
            }

            var ssl = group.Options.FirstOrDefault(o => string.Equals(o.OptionName, TlsEnforcement.OracleSslOption, StringComparison.Ordinal));
            if (ssl is not null)
            {
                var port = ssl.Port is { } p ? $" on port {p}" : "";
                return RuleResult.Pass($"{resource.Engine}: option group {name} has the SSL option{port}", new Evidence("Engine", resource.Engine), new Evidence("OptionGroup", name), new Evidence("Option", ssl.OptionName));
            }
        }

        var names = string.Join(", ", resource.OptionGroupNames);
        return RuleResult.Fail($"{resource.Engine}: option group {names} has no SSL option, so clients connect without TLS", new Evidence("Engine", resource.Engine), new Evidence("OptionGroup", names));
    }
}
