using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>Secrets Manager secrets (list-secrets carries everything the rules read).</summary>
internal sealed class SecretsManagerExportReader : IExportServiceReader
{
    public void Read(ExportRegion region) =>
        region.ReadList("secretsmanager", "list-secrets", Dataset.SecretsManagerSecrets, root =>
            region.Resources.AddRange(Objects(root, "SecretList").Select(s =>
            {
                var arn = RequiredStr(s, "ARN", "each SecretList[] entry");
                var rules = Obj(s, "RotationRules");
                return new Secret
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = arn,
                    Tags = Tags(s, "Tags"),
                    SecretName = Str(s, "Name") ?? arn,
                    // list-secrets omits RotationEnabled for a secret that was never set to rotate: false.
                    RotationEnabled = Bool(s, "RotationEnabled") ?? false,
                    RotationAutomaticallyAfterDays = rules is { } r1 ? Int(r1, "AutomaticallyAfterDays") : null,
                    RotationScheduleExpression = rules is { } r2 ? Str(r2, "ScheduleExpression") : null,
                    RotationLambdaArn = Str(s, "RotationLambdaARN"),
                    LastRotatedDate = Date(s, "LastRotatedDate"),
                    LastChangedDate = Date(s, "LastChangedDate"),
                    NextRotationDate = Date(s, "NextRotationDate"),
                    CreatedDate = Date(s, "CreatedDate"),
                    OwningService = Str(s, "OwningService"),
                    KmsKeyId = Str(s, "KmsKeyId"),
                };
            })));
}
