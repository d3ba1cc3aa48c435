using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;

namespace Flywheel.Core.Scanning;

/// <summary>The findings of an evaluation, in rule then resource order, with the evaluation time and the rules that ran.</summary>
public sealed record EvaluationResult(
    DateTimeOffset EvaluatedAt,
    IReadOnlyList<string> RulesEvaluated,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CollectionGap> Gaps);
