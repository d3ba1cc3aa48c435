using BenchmarkDotNet.Attributes;
using Flywheel.Sandbox;
using Flywheel.Sandbox.Generation;
using Flywheel.Sandbox.State;

namespace Flywheel.Benchmarks.Sandbox;

/// <summary>
/// Generating the sandbox's 100,000-instance estate of <see cref="SandboxDescribeBenchmark"/> (no HTTP host): the
/// part of the sandbox's start-up that grows with the estate.
/// <c>./build.sh bench --filter '*SandboxEstate*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class SandboxEstateBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 1, 14, 10, 0, 0, TimeSpan.Zero);

    [Benchmark]
    public int GenerateEstate()
    {
        var options = new SandboxOptions { Estate = SandboxDescribeBenchmark.Estate() };
        var estate = new SandboxEstate(options, new SandboxIds(options.Estate.Seed));
        new EstateGenerator(options.Estate, estate, Now).Generate();
        return estate.Region(estate.Regions.Single().AccountId, "us-east-1").Instances.Count;
    }
}
