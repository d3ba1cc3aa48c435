using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsProxyTlsRequiredTests
{
    private const string RuleId = "rds-proxy-tls-required";

    private static DbProxy Proxy(bool? requireTls) => new()
    {
        AccountId = Some.Account,
        Region = Some.Region,
        Arn = $"arn:aws:rds:{Some.Region}:{Some.Account}:db-proxy:prx-1",
        ProxyName = "proxy-1",
        EngineFamily = "POSTGRESQL",
        RequireTls = requireTls,
    };

    [Fact]
    public void Evaluate_TlsRequired_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Proxy(true));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("RequireTls is true: clients must connect with TLS");
    }

    [Fact]
    public void Evaluate_TlsNotRequired_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Proxy(false));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("RequireTls is false: clients may connect to the proxy without TLS");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Proxy(null));

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RequireTls was not collected");
    }

    [Fact]
    public void Evaluate_ProxiesNotCollected_IsError()
    {
        var proxy = Proxy(true);
        var inventory = new InventoryBuilder().With(proxy).Missing(Dataset.RdsDbProxies, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, proxy, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-proxies not collected for 123456789012/us-east-1: AccessDenied");
    }
}
