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
    public static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "table (for people) or json (the versioned contract for machines).",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }

    public OutputSettings Read(ParseResult parseResult, Option<string>? format = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new OutputSettings(
            format is not null && parseResult.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Table,
            parseResult.GetValue(NoColor),
            parseResult.GetValue(Quiet));
    }
}
