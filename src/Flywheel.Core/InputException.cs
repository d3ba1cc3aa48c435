namespace Flywheel.Core;

/// <summary>
/// Input a person gave Flywheel cannot be used (a missing directory, a malformed file). The message names the
/// file and, where known, the line, and says what was expected. The command line maps it to exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors ?? []))
    {
        Errors = errors ?? [];
    }

    /// <summary>Every problem found, one line each (all at once rather than the first only).</summary>
    public IReadOnlyList<string> Errors { get; } = [];
}
