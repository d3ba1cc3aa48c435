namespace Flywheel.Sources.Export;

/// <summary>A well-formed JSON file that does not have the shape the CLI prints; becomes one input error.</summary>
internal sealed class ExportShapeException : Exception
{
    public ExportShapeException()
    {
    }

    public ExportShapeException(string message)
        : base(message)
    {
    }

    public ExportShapeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
