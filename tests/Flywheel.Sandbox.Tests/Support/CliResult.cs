using System.Text.Json.Nodes;

namespace Flywheel.Sandbox.Tests.Support;

/// <summary>The outcome of one AWS CLI run; <see cref="Json"/> parses its stdout.</summary>
internal sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public JsonObject Json => JsonNode.Parse(StandardOutput)!.AsObject();

    public override string ToString() => $"exit {ExitCode}\nstdout: {StandardOutput}\nstderr: {StandardError}";
}
