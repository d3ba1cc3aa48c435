using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Tests.Policy;

/// <summary>A rule that only carries an id and an options type: the policy loader never evaluates rules.</summary>
internal sealed class FakeRule<TOptions>(string id) : Rule<DbInstance, TOptions>
    where TOptions : class, new()
{
    public override string Id => id;

    public override IReadOnlyList<Dataset> RequiredDatasets => [];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, TOptions options) => RuleResult.Pass("not evaluated");
}
