using BenchmarkDotNet.Attributes;
using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.Core.Scanning;
using Flywheel.Rules.Catalog;

namespace Flywheel.Benchmarks.Evaluation;

/// <summary>
/// The whole built-in catalogue over a generated estate of 100,000 DB instances (with snapshots, keys, security
/// groups, secrets). Evaluations per second = the printed evaluation count ÷ the mean time.
/// </summary>
[MemoryDiagnoser]
public class CatalogueEvaluationBenchmark
{
    private BaselineEvaluator _evaluator = null!;
    private InventorySnapshot _inventory = null!;

    [Params(100_000)]
    public int Instances { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inventory = GeneratedEstate.Create(Instances);
        _evaluator = new BaselineEvaluator(BuiltInRules.CreateRegistry(), TimeProvider.System);

        // Warm the inventory's lazy indexes so the measurement is evaluation, then report the work per operation.
        var result = _evaluator.Evaluate(new EvaluationRequest(_inventory, BaselinePolicy.Default));
        Console.WriteLine($"// evaluations per operation: {result.Findings.Count:N0} ({result.RulesEvaluated.Count} rules, {_inventory.Resources.Count:N0} resources)");
    }

    [Benchmark]
    public int EvaluateCatalogue() => _evaluator.Evaluate(new EvaluationRequest(_inventory, BaselinePolicy.Default)).Findings.Count;
}
