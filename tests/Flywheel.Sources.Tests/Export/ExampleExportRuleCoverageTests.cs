using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Catalog;
using Flywheel.Sources.Export;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

/// <summary>
/// examples/export is the fixture every built-in rule is shown on: each rule must pass on at least one resource and
/// fail on at least one (the example export's README lists which resource plays which part).
/// </summary>
public sealed class ExampleExportRuleCoverageTests
{
    private static readonly Lazy<InventorySnapshot> Example = new(() =>
        new ExportDirectoryCollector(RepositoryPaths.Get("examples", "export"), new FakeTimeProvider())
            .CollectAsync(CancellationToken.None).GetAwaiter().GetResult());

    public static TheoryData<string> RuleIds => new(BuiltInRules.CreateRegistry().Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryBuiltInRule_ExampleExport_PassesAndFailsAtLeastOnce(string ruleId)
    {
        var findings = RuleHarness.EvaluateAll(ruleId, Example.Value, now: Some.Now);

        var summary = string.Join(
            Environment.NewLine,
            findings.OrderBy(f => f.Status).Select(f => $"{f.Status} {f.Resource.Arn}: {f.Reason}"));
        findings.ShouldContain(f => f.Status == FindingStatus.Pass, $"{ruleId} passes on nothing in examples/export:{Environment.NewLine}{summary}");
        findings.ShouldContain(f => f.Status == FindingStatus.Fail, $"{ruleId} fails on nothing in examples/export:{Environment.NewLine}{summary}");
    }
}
