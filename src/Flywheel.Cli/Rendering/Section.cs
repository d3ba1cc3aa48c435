using Spectre.Console;

namespace Flywheel.Cli.Rendering;

/// <summary>A table under a left-aligned heading (a centred table title would pad with trailing spaces).</summary>
internal static class Section
{
    public static Rows Of(string heading, Table table) => new(new Text(""), new Markup($"[bold]{Markup.Escape(heading)}[/]"), table);
}
