using BenchmarkDotNet.Running;

namespace Flywheel.Benchmarks;

internal static class Program
{
    // `dotnet run -c Release --project bench/Flywheel.Benchmarks -- --filter '*'` runs them all.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
