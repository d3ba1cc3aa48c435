using Spectre.Console;

namespace Flywheel.Cli.Rendering;

/// <summary>The only place that creates Spectre consoles (no static <c>AnsiConsole.*</c> use elsewhere).</summary>
internal static class ConsoleFactory
{
    /// <summary>Width of plain renderings (files, --no-color without a terminal width), wide enough for ARNs.</summary>
    public const int PlainWidth = 160;

    /// <summary>The process terminal, with colour and width detected by Spectre (honours NO_COLOR).</summary>
    public static IAnsiConsole ForTerminal()
    {
        // Piped into a file or another tool: no escape sequences (a CI log or grep should read plain text), and no
        // terminal width, where Spectre would assume 80 and wrap every ARN.
        if (Console.IsOutputRedirected)
        {
            return Plain(Console.Out);
        }

        return AnsiConsole.Create(new AnsiConsoleSettings());
    }

    /// <summary>A console without colour or ANSI sequences over <paramref name="writer"/>, at a fixed width.</summary>
    public static IAnsiConsole Plain(TextWriter writer, int width = PlainWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }
}
