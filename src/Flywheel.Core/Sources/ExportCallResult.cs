namespace Flywheel.Core.Sources;

/// <summary>
/// What one export call produced: the JSON the AWS CLI would print for it (every page merged), or the text of the
/// error the CLI would print on stderr (<c>An error occurred (Code) when calling the Op operation: message</c>).
/// </summary>
public sealed class ExportCallResult
{
    private ExportCallResult(byte[]? json, string? error)
    {
        Json = json;
        Error = error;
    }

    /// <summary>UTF-8 JSON, as <c>aws … --output json</c> prints it; null when the call failed.</summary>
    public byte[]? Json { get; }

    /// <summary>The error text; null when the call succeeded.</summary>
    public string? Error { get; }

    public bool Succeeded => Json is not null;

    public static ExportCallResult Success(byte[] json) => new(json ?? throw new ArgumentNullException(nameof(json)), null);

    public static ExportCallResult Failure(string error) => new(null, string.IsNullOrWhiteSpace(error) ? throw new ArgumentException("An error needs its text.", nameof(error)) : error);
}
