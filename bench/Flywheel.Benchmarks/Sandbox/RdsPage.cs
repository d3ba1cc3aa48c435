namespace Flywheel.Benchmarks.Sandbox;

/// <summary>What the benchmark reads from a DescribeDBInstances reply: the next marker, the instance count, the size.</summary>
internal sealed record RdsPage(string? NextMarker, int Instances, int Bytes);
