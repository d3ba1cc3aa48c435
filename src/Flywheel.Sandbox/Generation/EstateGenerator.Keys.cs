using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>KMS keys: aws/rds and aws/secretsmanager, customer keys (rotation on unless misconfigured), one RSA and one HMAC key.</summary>
internal sealed partial class EstateGenerator
{
    private GeneratedKeys GenerateKeys(RegionState state)
    {
        var rds = AddKey(state, "Default key that protects my RDS database volumes when no other key is defined", "AWS", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "alias/aws/rds", rotate: true, team: null);
        var secrets = AddKey(state, "Default key that protects my Secrets Manager data when no other key is defined", "AWS", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "alias/aws/secretsmanager", rotate: true, team: null);
        var customer = new List<string>();
        for (var k = 0; k < spec.KeysPerRegion; k++)
        {
            var team = Pick(spec.Teams);
            customer.Add(AddKey(state, $"{team} database key", "CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", $"alias/{team}-db-{k + 1}", rotate: !Misconfigured("key-rotation-disabled"), team).Arn);
        }

        AddKey(state, "Signing key", "CUSTOMER", "RSA_2048", "SIGN_VERIFY", "alias/signing", rotate: false, Pick(spec.Teams));
        AddKey(state, "Webhook MAC key", "CUSTOMER", "HMAC_256", "GENERATE_VERIFY_MAC", "alias/webhook-mac", rotate: false, Pick(spec.Teams));
        return new GeneratedKeys(rds.Arn, secrets.Arn, customer);
    }

    private KmsKeyState AddKey(RegionState state, string description, string manager, string spec, string usage, string alias, bool rotate, string? team)
    {
        var keyId = Ids.Uuid();
        var created = DaysAgo(30, 1500);
        var key = new KmsKeyState
        {
            KeyId = keyId,
            Arn = state.Arn("kms", "key/" + keyId),
            AccountId = state.AccountId,
            CreationDate = created,
            Description = description,
            KeyManager = manager,
            KeySpec = spec,
            KeyUsage = usage,
            CurrentKeyMaterialId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(keyId))),
            Tags = team is null ? [] : OwnerTags(team),
        };

        if (rotate && key.IsSymmetricEncryption)
        {
            // Past rotations on the period since creation, the next one due in the future.
            key.RotationEnabled = true;
            key.RotationPeriodInDays = 365;
            var due = created.AddDays(key.RotationPeriodInDays);
            while (due <= now)
            {
                key.Rotations.Add(new KeyRotationState(due, "AUTOMATIC", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{keyId}/{key.Rotations.Count + 1}")))));
                due = due.AddDays(key.RotationPeriodInDays);
            }

            key.NextRotationDate = due;
        }

        state.Keys[keyId] = key;
        state.Aliases[alias] = new KmsAliasState(alias, state.Arn("kms", alias), keyId, created);
        return key;
    }
}
