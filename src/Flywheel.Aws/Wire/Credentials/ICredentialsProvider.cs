namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// Fetches credentials once (the SDK's standard chain, an AssumeRole call); <see cref="RefreshingCredentialsSource"/>
/// caches the result and asks again before it expires.
/// </summary>
internal interface ICredentialsProvider
{
    /// <summary>What the credentials are for people reading an error: "profile audit", "role arn:aws:iam::…".</summary>
    string Description { get; }

    Task<CredentialsResult> FetchAsync(CancellationToken cancellationToken);
}
