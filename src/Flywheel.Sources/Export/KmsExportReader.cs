using System.Text.Json;
using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>KMS keys with their metadata, rotation facts, default policy, grants and aliases.</summary>
internal sealed class KmsExportReader : IExportServiceReader
{
    private const string Service = "kms";

    public void Read(ExportRegion region)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        region.ReadList(Service, "list-aliases", Dataset.KmsAliases, root =>
        {
            foreach (var alias in Objects(root, "Aliases"))
            {
                if (Str(alias, "TargetKeyId") is { } target && Str(alias, "AliasName") is { } name)
                {
                    if (!aliases.TryGetValue(target, out var names))
                    {
                        aliases[target] = names = [];
                    }

                    names.Add(name);
                }
            }
        });

        var keys = new List<(string KeyId, string? Arn)>();
        region.ReadList(
            Service,
            "list-keys",
            Dataset.KmsKeys,
            root => keys.AddRange(Objects(root, "Keys").Select(k => (RequiredStr(k, "KeyId", "each Keys[] entry"), Str(k, "KeyArn")))),
            Dataset.KmsKeyMetadata,
            Dataset.KmsKeyRotationStatus,
            Dataset.KmsKeyRotations,
            Dataset.KmsKeyPolicies,
            Dataset.KmsGrants);

        foreach (var (keyId, arn) in keys)
        {
            region.Resources.Add(ReadKey(region, keyId, arn, aliases.GetValueOrDefault(keyId)));
        }
    }

    private static KmsKey ReadKey(ExportRegion region, string keyId, string? listedArn, List<string>? aliases)
    {
        var key = new KmsKey
        {
            AccountId = region.AccountId,
            Region = region.Region,
            Arn = listedArn ?? region.Arn(Service, "key/" + keyId),
            KeyId = keyId,
            Aliases = aliases?.Order(StringComparer.Ordinal).ToArray() ?? [],
        };
        var described = false;
        if (key.Aliases.Any(KmsKey.IsAwsManagedAlias) && !region.HasResourceOutput(Service, "describe-key", keyId))
        {
            // An AWS managed key is fixed by AWS in every respect, so the aliases are its description and a live
            // collection does not describe it.
            key = AwsManaged(key);
            described = true;
        }
        else
        {
            region.ReadResource(Service, "describe-key", keyId, Dataset.KmsKeyMetadata, root =>
            {
                var m = Obj(root, "KeyMetadata") ?? throw new ExportShapeException("expected KeyMetadata");
                key = WithMetadata(key, m);
                described = true;
            });
        }

        // Keys KMS cannot rotate (asymmetric, HMAC, imported material, custom key stores) answer the rotation
        // calls with an error that says nothing about the estate: not a gap. AWS managed keys are AWS's to rotate
        // (yearly) and to write policies and grants for: nothing about them is configurable, so their per-key
        // files are read when present and not expected.
        var awsManaged = described && !key.IsCustomerManaged;
        var rotationApplies = !described || (key.SupportsAutomaticRotation && !awsManaged);
        if (rotationApplies || region.HasResourceOutput(Service, "get-key-rotation-status", keyId))
        {
            region.ReadResource(Service, "get-key-rotation-status", keyId, Dataset.KmsKeyRotationStatus, root => key = key with
            {
                RotationEnabled = Bool(root, "KeyRotationEnabled"),
                RotationPeriodInDays = Int(root, "RotationPeriodInDays"),
                NextRotationDate = Date(root, "NextRotationDate"),
                OnDemandRotationStartDate = Date(root, "OnDemandRotationStartDate"),
            });
        }

        if (rotationApplies || region.HasResourceOutput(Service, "list-key-rotations", keyId))
        {
            region.ReadResource(Service, "list-key-rotations", keyId, Dataset.KmsKeyRotations, root => key = key with
            {
                Rotations = Objects(root, "Rotations")
                    .Where(r => Date(r, "RotationDate") is not null)
                    .Select(r => new KeyRotation(Date(r, "RotationDate")!.Value, Str(r, "RotationType") ?? "AUTOMATIC"))
                    .OrderBy(r => r.RotationDate)
                    .ToArray(),
            });
        }

        if (!awsManaged || region.HasResourceOutput(Service, "get-key-policy", keyId))
        {
            region.ReadResource(Service, "get-key-policy", keyId, Dataset.KmsKeyPolicies, root => key = key with
            {
                Policy = RequiredStr(root, "Policy", "the get-key-policy output"),
            });
        }

        if (!awsManaged || region.HasResourceOutput(Service, "list-grants", keyId))
        {
            region.ReadResource(Service, "list-grants", keyId, Dataset.KmsGrants, root => key = key with
            {
                Grants = Objects(root, "Grants").Select(g => new KmsGrant(
                    RequiredStr(g, "GrantId", "each Grants[] entry"),
                    Str(g, "GranteePrincipal"),
                    Str(g, "RetiringPrincipal"),
                    StringList(g, "Operations"),
                    Str(g, "Name"))).ToArray(),
            });
        }

        return key;
    }

    // What AWS documents for every AWS managed key: enabled (it cannot be disabled or deleted), a symmetric
    // encryption key with KMS-generated material, single-Region, in no custom key store.
    private static KmsKey AwsManaged(KmsKey key) => key with
    {
        KeyManager = "AWS",
        KeySpec = "SYMMETRIC_DEFAULT",
        KeyUsage = "ENCRYPT_DECRYPT",
        Origin = "AWS_KMS",
        KeyState = "Enabled",
        Enabled = true,
        MultiRegion = false,
    };

    private static KmsKey WithMetadata(KmsKey key, JsonElement m) => key with
    {
        Arn = Str(m, "Arn") ?? key.Arn,
        KeyManager = Str(m, "KeyManager"),
        KeySpec = Str(m, "KeySpec") ?? Str(m, "CustomerMasterKeySpec"),
        KeyUsage = Str(m, "KeyUsage"),
        Origin = Str(m, "Origin"),
        KeyState = Str(m, "KeyState"),
        Enabled = Bool(m, "Enabled"),
        CreationDate = Date(m, "CreationDate"),
        DeletionDate = Date(m, "DeletionDate"),
        CustomKeyStoreId = Str(m, "CustomKeyStoreId"),
        MultiRegion = Bool(m, "MultiRegion"),
        Description = Str(m, "Description"),
    };
}
