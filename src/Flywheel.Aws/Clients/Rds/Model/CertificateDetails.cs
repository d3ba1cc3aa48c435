using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>CertificateDetails</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "CertificateDetails")]
internal sealed record CertificateDetails
{
    public string? CAIdentifier { get; init; }

    public DateTimeOffset? ValidTill { get; init; }
}
