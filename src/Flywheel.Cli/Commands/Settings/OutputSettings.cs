namespace Flywheel.Cli.Commands.Settings;

/// <summary>The output options of one invocation.</summary>
internal sealed record OutputSettings(OutputFormat Format, bool NoColor, bool Quiet);
