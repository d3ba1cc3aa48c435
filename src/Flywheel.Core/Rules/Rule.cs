using Flywheel.Core.Inventory;

namespace Flywheel.Core.Rules;

/// <summary>The typed base of every rule: casts once, so each rule reads its own resource and options types.</summary>
public abstract class Rule<TResource, TOptions> : IRule
    where TResource : AwsResource
    where TOptions : class, new()
{
    public abstract string Id { get; }

    public Type ResourceType => typeof(TResource);

    public Type OptionsType => typeof(TOptions);

    public abstract IReadOnlyList<Dataset> RequiredDatasets { get; }

    public bool Selects(AwsResource resource) => resource is TResource typed && Selects(typed);

    public RuleResult Evaluate(AwsResource resource, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Evaluate((TResource)resource, context, context.Options as TOptions ?? new TOptions());
    }

    /// <summary>Narrows the resources of <typeparamref name="TResource"/> the rule looks at; all by default.</summary>
    protected virtual bool Selects(TResource resource) => true;

    protected abstract RuleResult Evaluate(TResource resource, RuleContext context, TOptions options);
}
