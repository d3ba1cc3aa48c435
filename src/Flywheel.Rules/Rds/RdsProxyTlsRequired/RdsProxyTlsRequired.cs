using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsProxyTlsRequired;

/// <summary>An RDS Proxy requires TLS from its clients.</summary>
internal sealed class RdsProxyTlsRequired : Rule<DbProxy, NoOptions>
{
    public override string Id => "rds-proxy-tls-required";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbProxies];

    protected override RuleResult Evaluate(DbProxy resource, RuleContext context, NoOptions options) =>
        resource.RequireTls switch
        {
            true => RuleResult.Pass("RequireTls is true: clients must connect with TLS", Evidence.Of("RequireTls", true)),
            false => RuleResult.Fail("RequireTls is false: clients may connect to the proxy without TLS", Evidence.Of("RequireTls", false)),
            null => RuleResult.Missing("RequireTls"),
        };
}
