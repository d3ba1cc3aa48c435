using Flywheel.Core.Findings;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;
using Flywheel.Rules.Catalog;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Core.Tests.Scanning;

public sealed class BaselineEvaluatorTests
{
    private const string RuleId = "rds-instance-storage-encrypted";

    private static BaselineEvaluator CreateSut(DateTimeOffset? now = null) =>
        new(BuiltInRules.CreateRegistry(), new FakeTimeProvider(now ?? Some.Now));

    private static BaselinePolicy OnlyRule(RulePolicy? rule = null, IReadOnlyList<PolicyException>? exceptions = null, PolicyScope? scope = null) => new()
    {
        EnableAllRules = false,
        Rules = new Dictionary<string, RulePolicy>(StringComparer.Ordinal) { [RuleId] = rule ?? new RulePolicy() },
        Exceptions = exceptions ?? [],
        Scope = scope ?? PolicyScope.Everything,
    };

    private static PolicyException ExceptionFor(string resourcePattern, DateTimeOffset expires) => new()
    {
        Id = "accepted-legacy",
        RulePattern = "rds-instance-*",
        ResourcePattern = resourcePattern,
        Owner = "team-data",
        Reason = "legacy reporting database, replaced in Q1",
        Expires = expires,
    };

    [Fact]
    public void Evaluate_ActiveException_SuppressesFailure()
    {
        var inventory = new InventoryBuilder().With(Some.Instance("legacy") with { StorageEncrypted = false }).Build();

        var result = CreateSut().Evaluate(new EvaluationRequest(inventory, OnlyRule(exceptions: [ExceptionFor("legacy", Some.Now.AddDays(30))])));

        var finding = result.Findings.Single(f => f.RuleId == RuleId);
        finding.Status.ShouldBe(FindingStatus.Suppressed);
        finding.Exception!.Owner.ShouldBe("team-data");
        finding.Exception.Expired.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_ExpiredException_FailsAndSaysSo()
    {
        var inventory = new InventoryBuilder().With(Some.Instance("legacy") with { StorageEncrypted = false }).Build();

        var result = CreateSut().Evaluate(new EvaluationRequest(inventory, OnlyRule(exceptions: [ExceptionFor("legacy", Some.Now.AddDays(-1))])));

        var finding = result.Findings.Single(f => f.RuleId == RuleId);
        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Exception!.Expired.ShouldBeTrue();
        finding.Reason.ShouldBe("storage is not encrypted (StorageEncrypted is false) (exception 'accepted-legacy' owned by team-data expired on 2026-11-22; no longer suppressed)");
    }

    [Fact]
    public void Evaluate_ExceptionOnError_DoesNotHideMissingData()
    {
        var inventory = new InventoryBuilder().With(Some.Instance("legacy") with { StorageEncrypted = null }).Build();

        var result = CreateSut().Evaluate(new EvaluationRequest(inventory, OnlyRule(exceptions: [ExceptionFor("legacy", Some.Now.AddDays(30))])));

        result.Findings.Single(f => f.RuleId == RuleId).Status.ShouldBe(FindingStatus.Error);
    }

    [Fact]
    public void Evaluate_TagScope_SkipsResourcesOutsideScope()
    {
        var prod = Some.Instance("prod-db");
        var dev = Some.Instance("dev-db") with { Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = "dev" } };
        var inventory = new InventoryBuilder().With(prod, dev).Build();
        var scope = new PolicyScope { Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = "prod" } };

        var result = CreateSut().Evaluate(new EvaluationRequest(inventory, OnlyRule(scope: scope)));

        result.Findings.Select(f => f.Resource.Name).ShouldBe(["prod-db"]);
    }

    [Fact]
    public void Evaluate_SeverityOverride_IsApplied()
    {
        var inventory = new InventoryBuilder().With(Some.Instance() with { StorageEncrypted = false }).Build();

        var result = CreateSut().Evaluate(new EvaluationRequest(inventory, OnlyRule(new RulePolicy { Severity = Severity.Critical })));

        result.Findings.Single().Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public void Evaluate_RuleFilter_RunsOnlyMatchingRules()
    {
        var inventory = new InventoryBuilder().With(Some.Instance()).Build();

        var result = CreateSut().Evaluate(new EvaluationRequest(inventory, BaselinePolicy.Default) { RuleFilter = ["kms-*"] });

        result.RulesEvaluated.ShouldNotContain(RuleId);
        result.Findings.ShouldNotContain(f => f.RuleId == RuleId);
    }
}
