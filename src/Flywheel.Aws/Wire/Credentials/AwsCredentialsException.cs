namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// Thrown by <see cref="IAwsCredentialsSource.GetAsync"/> when a source has no credentials to give; callers that
/// expect the failure use <see cref="IAwsCredentialsSource.TryGetAsync"/> and get the message as a value instead.
/// </summary>
internal sealed class AwsCredentialsException : Exception
{
    public AwsCredentialsException()
    {
    }

    public AwsCredentialsException(string message)
        : base(message)
    {
    }

    public AwsCredentialsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
