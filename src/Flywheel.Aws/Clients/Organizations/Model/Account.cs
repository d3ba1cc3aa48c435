using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Organizations.Model;

/// <summary>organizations <c>Account</c> (nested shape); members as named in the service model.</summary>
[AwsShape("organizations", "Account")]
internal sealed record Account
{
    public string? Id { get; init; }

    public string? Arn { get; init; }

    public string? Email { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public string? State { get; init; }

    public IReadOnlyList<string>? Paths { get; init; }

    public string? JoinedMethod { get; init; }

    public DateTimeOffset? JoinedTimestamp { get; init; }
}
