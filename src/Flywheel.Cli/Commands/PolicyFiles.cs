using System.Text;
using Flywheel.Core;

namespace Flywheel.Cli.Commands;

/// <summary>Writes generated files as UTF-8 without a byte-order mark, turning I/O failures into input errors.</summary>
internal static class PolicyFiles
{
    public static void Write(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write '{path}': {e.Message}", e);
        }
    }
}
