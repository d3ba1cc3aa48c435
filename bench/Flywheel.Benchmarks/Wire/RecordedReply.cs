namespace Flywheel.Benchmarks.Wire;

/// <summary>One HTTP reply as the sandbox sent it: status, headers (response and content) and body bytes.</summary>
internal sealed record RecordedReply(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body);
