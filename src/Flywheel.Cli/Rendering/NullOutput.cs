using Spectre.Console.Rendering;

namespace Flywheel.Cli.Rendering;

/// <summary>Output for <c>--quiet</c>: the exit code is the answer.</summary>
internal sealed class NullOutput : IOutput
{
    public static readonly NullOutput Instance = new();

    public void WriteText(string text)
    {
    }

    public void WriteDocument(Action<TextWriter> write)
    {
    }

    public void Write(IRenderable renderable)
    {
    }
}
