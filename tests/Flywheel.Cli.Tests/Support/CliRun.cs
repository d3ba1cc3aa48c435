namespace Flywheel.Cli.Tests.Support;

/// <summary>The outcome of one in-process invocation of the command tree.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);
