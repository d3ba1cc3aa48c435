using System.CommandLine;

namespace Flywheel.Cli.Commands.Settings;

/// <summary>Options every command accepts (declared once on the root, recursive).</summary>
internal sealed class GlobalOptions
{
    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Plain output without colour or terminal sequences (NO_COLOR is honoured too).",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print nothing on stdout (errors still go to stderr; --output files are still written). The exit code is the answer.",
        Recursive = true,
    };

    /// <summary>A fresh <c>--format</c> option for a command that has both renderings.</summary>
    public static Option<OutputFormat> CreateFormatOption()
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "table (for people) or json (the versioned contract for machines).",
            DefaultValueFactory = _ => OutputFormat.Table,
            HelpName = "table|json",
        };
        return option;
    }

    public OutputSettings Read(ParseResult parseResult, Option<OutputFormat>? format = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new OutputSettings(
            format is null ? OutputFormat.Table : parseResult.GetValue(format),
            parseResult.GetValue(NoColor),
            parseResult.GetValue(Quiet));
    }
}
