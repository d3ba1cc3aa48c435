using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>Secrets: the RDS-managed master user secrets, and application secrets (rotation off when misconfigured).</summary>
internal sealed partial class EstateGenerator
{
    private void GenerateSecrets(RegionState state, GeneratedKeys keys)
    {
        foreach (var instance in state.Instances.Values.Where(i => i.MasterUserSecretArn is not null))
        {
            var arn = instance.MasterUserSecretArn!;
            var name = arn[(arn.IndexOf(":secret:", StringComparison.Ordinal) + 8)..^7];
            var rotated = DaysAgo(1, 7);
            state.Secrets[name] = new SecretState
            {
                Name = name,
                Arn = arn,
                Description = $"Secret associated with primary RDS DB instance: {instance.Arn}",
                KmsKeyId = instance.MasterUserSecretKmsKeyId,
                RotationEnabled = true,
                RotationAutomaticallyAfterDays = 7,
                LastRotatedDate = rotated,
                LastChangedDate = rotated,
                NextRotationDate = rotated.AddDays(7),
                CreatedDate = instance.InstanceCreateTime,
                OwningService = "rds",
                Tags = [new("aws:rds:primaryDBInstanceArn", instance.Arn)],
            };
        }

        for (var s = 0; s < spec.SecretsPerRegion; s++)
        {
            var team = Pick(spec.Teams);
            var name = $"{team}/app/db-credentials-{s + 1}";
            var rotation = !Misconfigured("secret-rotation-disabled");
            var created = DaysAgo(30, 800);
            state.Secrets[name] = new SecretState
            {
                Name = name,
                Arn = state.Arn("secretsmanager", $"secret:{name}-{Ids.Alphanumeric(6)}"),
                Description = $"Database credentials of the {team} application",
                KmsKeyId = keys.CustomerKeyArns.Count > 0 ? Pick(keys.CustomerKeyArns) : null,
                RotationEnabled = rotation,
                RotationLambdaArn = rotation ? state.Arn("lambda", "function:SecretsManagerRotation") : null,
                RotationAutomaticallyAfterDays = rotation ? 30 : null,
                LastRotatedDate = rotation ? DaysAgo(1, 30) : null,
                LastChangedDate = DaysAgo(1, 30),
                NextRotationDate = rotation ? now.AddDays(7) : null,
                CreatedDate = created,
                Tags = OwnerTags(team),
            };
        }
    }
}
