using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Tests.Rules;

public sealed class DatasetSelectionTests
{
    [Fact]
    public void NotRequiredBy_NoRuleDeclaresGrants_SkipsGrantsOnly()
    {
        var rules = new IRule[] { new DeclaringRule("a", [Dataset.KmsKeys, Dataset.KmsKeyMetadata]), new DeclaringRule("b", [Dataset.RdsDbInstances]) };

        DatasetSelection.NotRequiredBy(rules).ShouldBe(new HashSet<Dataset> { Dataset.KmsGrants });
    }

    [Fact]
    public void NotRequiredBy_ARuleDeclaresGrants_SkipsNothing()
    {
        var rules = new IRule[] { new DeclaringRule("a", [Dataset.KmsKeys]), new DeclaringRule("grants", [Dataset.KmsKeys, Dataset.KmsGrants]) };

        DatasetSelection.NotRequiredBy(rules).ShouldBeEmpty();
    }

    private sealed class DeclaringRule(string id, IReadOnlyList<Dataset> datasets) : Rule<KmsKey, NoOptions>
    {
        public override string Id => id;

        public override IReadOnlyList<Dataset> RequiredDatasets => datasets;

        protected override RuleResult Evaluate(KmsKey resource, RuleContext context, NoOptions options) => RuleResult.Pass("not evaluated");
    }
}
