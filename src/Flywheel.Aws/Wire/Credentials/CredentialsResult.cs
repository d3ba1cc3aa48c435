using System.Diagnostics.CodeAnalysis;
using Flywheel.Aws.Wire.Signing;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>Credentials and when they expire (null: they do not), or the reason none could be had.</summary>
internal sealed record CredentialsResult(AwsCredentials? Credentials, DateTimeOffset? Expiration, string? Error)
{
    [MemberNotNullWhen(true, nameof(Credentials))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Credentials is not null;

    public static CredentialsResult Of(AwsCredentials credentials, DateTimeOffset? expiration = null) => new(credentials, expiration, null);

    public static CredentialsResult Failed(string error) => new(null, null, error);
}
