using System.Diagnostics.CodeAnalysis;

namespace Flywheel.Aws.Accounts;

/// <summary>An open <see cref="AwsConnection"/>, or the one-line reason none could be opened (credentials, role, organization, options).</summary>
public sealed record AwsConnectionResult(AwsConnection? Connection, string? Error)
{
    [MemberNotNullWhen(true, nameof(Connection))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Connection is not null;

    public static AwsConnectionResult Failed(string error) => new(null, error);
}
