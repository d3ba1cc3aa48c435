namespace Flywheel.Store;

/// <summary>The store could not be opened or written; the message names the file or host and what to do.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
