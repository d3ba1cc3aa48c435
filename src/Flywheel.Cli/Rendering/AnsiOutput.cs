using Spectre.Console;
using Spectre.Console.Rendering;

namespace Flywheel.Cli.Rendering;

/// <summary>Output to a Spectre console: tables are laid out to its width, documents go to its writer untouched.</summary>
internal sealed class AnsiOutput : IOutput
{
    private readonly IAnsiConsole _console;

    public AnsiOutput(IAnsiConsole console)
    {
        _console = console ?? throw new ArgumentNullException(nameof(console));
    }

    public void WriteText(string text)
    {
        var writer = _console.Profile.Out.Writer;
        writer.Write(text);
        writer.Flush();
    }

    public void WriteDocument(Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var writer = _console.Profile.Out.Writer;
        write(writer);
        writer.Flush();
    }

    public void Write(IRenderable renderable) => _console.Write(renderable);
}
