using System.Text;
using Flywheel.Core;

namespace Flywheel.Cli.Rendering;

/// <summary>
/// Chooses where a command's result goes: a file (<c>--output</c>, always plain), nowhere (<c>--quiet</c>), a plain
/// stdout (<c>--no-color</c>) or the terminal. Disposing closes the file.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly StreamWriter? _file;

    private OutputTarget(IOutput output, StreamWriter? file)
    {
        Output = output;
        _file = file;
    }

    public IOutput Output { get; }

    public static OutputTarget Open(CliServices services, bool quiet, bool noColor, string? path)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (path is not null)
        {
            try
            {
                var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
                return new OutputTarget(new AnsiOutput(ConsoleFactory.Plain(writer)), writer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"cannot write '{path}': {e.Message}", e);
            }
        }

        if (quiet)
        {
            return new OutputTarget(NullOutput.Instance, null);
        }

        return noColor
            ? new OutputTarget(new AnsiOutput(ConsoleFactory.Plain(services.Stdout, services.Console.Profile.Width)), null)
            : new OutputTarget(new AnsiOutput(services.Console), null);
    }

    public void Dispose() => _file?.Dispose();
}
