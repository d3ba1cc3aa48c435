using Spectre.Console.Rendering;

namespace Flywheel.Cli.Rendering;

/// <summary>Where a command writes its result: a document verbatim, or renderables (tables) laid out for a console.</summary>
internal interface IOutput
{
    /// <summary>Writes a document (JSON, YAML) exactly as given, without markup or wrapping.</summary>
    void WriteText(string text);

    /// <summary>Streams a document (a large JSON report) to the output's writer as it is produced.</summary>
    void WriteDocument(Action<TextWriter> write);

    void Write(IRenderable renderable);
}
