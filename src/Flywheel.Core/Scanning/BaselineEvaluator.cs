using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Scanning;

/// <summary>
/// Evaluates the baseline: every enabled rule over every in-scope resource of its type, then applies severity
/// overrides and exceptions. Pure apart from the clock, so the same inventory and policy give the same findings.
/// </summary>
public sealed class BaselineEvaluator
{
    private readonly RuleRegistry _registry;
    private readonly TimeProvider _timeProvider;

    public BaselineEvaluator(RuleRegistry registry, TimeProvider timeProvider)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public EvaluationResult Evaluate(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = _timeProvider.GetUtcNow();
        var findings = new List<Finding>(request.Inventory.Resources.Count * 4);
        var ran = new List<string>();

        // One detached reference per resource, shared by every rule's finding about it.
        var references = new Dictionary<AwsResource, ResourceRef>(request.Inventory.Resources.Count, ReferenceEqualityComparer.Instance);
        foreach (var registered in _registry.Rules)
        {
            var rulePolicy = request.Policy.For(registered.Id, registered.Metadata.DefaultEnabled);
            if (!rulePolicy.Enabled || !Selected(request.RuleFilter, registered.Id))
            {
                continue;
            }

            ran.Add(registered.Id);
            EvaluateRule(request, registered, rulePolicy, now, findings, references);
        }

        return new EvaluationResult(now, ran, findings, request.Inventory.Gaps);
    }

    private static bool Selected(IReadOnlyList<string> filter, string ruleId)
    {
        if (filter.Count == 0)
        {
            return true;
        }

        foreach (var pattern in filter)
        {
            if (Glob.IsMatch(pattern, ruleId))
            {
                return true;
            }
        }

        return false;
    }

    private static void EvaluateRule(EvaluationRequest request, RegisteredRule registered, RulePolicy rulePolicy, DateTimeOffset now, List<Finding> findings, Dictionary<AwsResource, ResourceRef> references)
    {
        var rule = registered.Rule;
        var inventory = request.Inventory;
        var context = new RuleContext(inventory, now, rulePolicy.Options ?? Activator.CreateInstance(rule.OptionsType)!);
        var severity = rulePolicy.Severity ?? registered.Metadata.Severity;
        var exceptions = request.Policy.Exceptions.Where(e => Glob.IsMatch(e.RulePattern, rule.Id)).ToArray();
        var globalScope = request.Policy.Scope;
        var ruleScope = rulePolicy.Scope;

        // Resources arrive grouped by account and region, so the dataset check is done once per group, not per resource.
        string? account = null, region = null;
        RuleResult? missing = null;
        foreach (var resource in inventory.OfType(rule.ResourceType))
        {
            if (!rule.Selects(resource) || !globalScope.Includes(resource) || !ruleScope.Includes(resource))
            {
                continue;
            }

            if (!string.Equals(resource.AccountId, account, StringComparison.Ordinal) || !string.Equals(resource.Region, region, StringComparison.Ordinal))
            {
                (account, region) = (resource.AccountId, resource.Region);
                missing = MissingDataset(rule, resource, context);
            }

            var result = missing ?? rule.Evaluate(resource, context);
            if (!references.TryGetValue(resource, out var reference))
            {
                references[resource] = reference = ResourceRef.From(resource);
            }

            findings.Add(ToFinding(registered, severity, resource, reference, result, exceptions, now));
        }
    }

    private static RuleResult? MissingDataset(IRule rule, AwsResource resource, RuleContext context)
    {
        foreach (var dataset in rule.RequiredDatasets)
        {
            var missing = context.NotCollected(resource, dataset);
            if (missing is not null)
            {
                return missing;
            }
        }

        return null;
    }

    private static Finding ToFinding(RegisteredRule registered, Severity severity, AwsResource resource, ResourceRef reference, RuleResult result, PolicyException[] exceptions, DateTimeOffset now)
    {
        var status = result.Status switch
        {
            RuleStatus.Pass => FindingStatus.Pass,
            RuleStatus.Fail => FindingStatus.Fail,
            RuleStatus.NotApplicable => FindingStatus.NotApplicable,
            _ => FindingStatus.Error,
        };
        var reason = result.Reason;
        AppliedException? applied = null;

        // Only failures are suppressed: an error stays visible so missing data is never hidden by an exception.
        if (status == FindingStatus.Fail && exceptions.Length > 0)
        {
            var match = exceptions.Where(e => e.Matches(registered.Id, resource)).OrderByDescending(e => e.Expires > now).ThenByDescending(e => e.Expires).FirstOrDefault();
            if (match is not null)
            {
                var expired = match.Expires <= now;
                applied = new AppliedException(match.Id, match.Owner, match.Reason, match.Expires, expired);
                if (expired)
                {
                    reason = $"{reason} (exception '{match.Id}' owned by {match.Owner} expired on {match.Expires:yyyy-MM-dd}; no longer suppressed)";
                }
                else
                {
                    status = FindingStatus.Suppressed;
                }
            }
        }

        return new Finding
        {
            RuleId = registered.Id,
            Title = registered.Metadata.Title,
            Severity = severity,
            Status = status,
            Resource = reference,
            Reason = reason,
            Evidence = result.Evidence,
            Exception = applied,
        };
    }
}
