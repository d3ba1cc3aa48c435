using Flywheel.Core.Inventory;

namespace Flywheel.Core.Rules;

/// <summary>
/// A baseline rule: a pure function of one resource, the inventory and the rule's options.
/// Derive from <see cref="Rule{TResource, TOptions}"/> rather than implementing this directly.
/// </summary>
public interface IRule
{
    /// <summary>Kebab-case <c>service-resource-condition</c>, stable forever.</summary>
    string Id { get; }

    /// <summary>The resource type the rule evaluates (one of the <see cref="AwsResource"/> records).</summary>
    Type ResourceType { get; }

    /// <summary>The options type (public settable properties with defaults, validated with DataAnnotations).</summary>
    Type OptionsType { get; }

    /// <summary>Datasets the rule always reads; where one is missing the engine yields <c>error</c> without calling the rule.</summary>
    IReadOnlyList<Dataset> RequiredDatasets { get; }

    /// <summary>
    /// True when the rule looks at this resource at all (a cluster-snapshot rule skips instance snapshots). A resource
    /// the rule does not select yields no finding; one it selects but that does not apply yields NotApplicable.
    /// </summary>
    bool Selects(AwsResource resource);

    /// <summary>Evaluates one resource of <see cref="ResourceType"/>.</summary>
    RuleResult Evaluate(AwsResource resource, RuleContext context);
}
