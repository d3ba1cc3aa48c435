using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;

namespace Flywheel.Core.Scanning;

/// <summary>One evaluation: an inventory against a policy, optionally narrowed to some rule ids (globs).</summary>
public sealed record EvaluationRequest(InventorySnapshot Inventory, BaselinePolicy Policy)
{
    /// <summary>Rule id globs to run; empty runs every rule the policy enables.</summary>
    public IReadOnlyList<string> RuleFilter { get; init; } = [];
}
