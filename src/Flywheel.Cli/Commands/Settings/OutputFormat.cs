namespace Flywheel.Cli.Commands.Settings;

/// <summary>How a command writes its result: a table for people, or the versioned JSON contract for machines.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
