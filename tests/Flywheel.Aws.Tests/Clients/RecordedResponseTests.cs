using System.Text.Json.Nodes;
using Flywheel.Aws.Clients.Kms;
using Flywheel.Aws.Clients.SecretsManager;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;
using KmsModel = Flywheel.Aws.Clients.Kms.Model;
using SecretsModel = Flywheel.Aws.Clients.SecretsManager.Model;

namespace Flywheel.Aws.Tests.Clients;

/// <summary>
/// Real responses recorded from AWS (Fixtures/, as the CLI printed them), put back on the wire as the service
/// sends them (timestamps as epoch seconds) and read through the typed clients.
/// </summary>
public sealed class RecordedResponseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeKey_RecordedResponse_BindsEveryModelledField()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, WireBody("kms", "DescribeKey", "test_secrets_manager_kms_filter/kms.DescribeKey_1.json"), "application/x-amz-json-1.1");

        var result = await harness.RunAsync(new KmsApi(harness.Client, WireHarness.Scope()).DescribeKeyAsync(new KmsModel.DescribeKeyRequest { KeyId = "36812ccf-daaf-49b1-a24b-0eef254ffe41" }, Ct));

        result.Value!.KeyMetadata.ShouldBe(new KmsModel.KeyMetadata
        {
            AWSAccountId = "123456789012",
            KeyId = "36812ccf-daaf-49b1-a24b-0eef254ffe41",
            Arn = "arn:aws:kms:us-east-1:644160558196:key/36812ccf-daaf-49b1-a24b-0eef254ffe41",
            CreationDate = new DateTimeOffset(2016, 7, 24, 4, 51, 26, 199, TimeSpan.Zero),
            Enabled = true,
            Description = "Trails for the Skunk",
            KeyUsage = "ENCRYPT_DECRYPT",
            KeyState = "Enabled",
            Origin = "AWS_KMS",
            KeyManager = "CUSTOMER",
            CustomerMasterKeySpec = "SYMMETRIC_DEFAULT",
            KeySpec = "SYMMETRIC_DEFAULT",
            EncryptionAlgorithms = result.Value.KeyMetadata!.EncryptionAlgorithms,
            MultiRegion = false,
        });
        result.Value.KeyMetadata.EncryptionAlgorithms.ShouldBe(["SYMMETRIC_DEFAULT"]);
    }

    [Fact]
    public async Task ListAliases_RecordedResponse_KeepsAliasesWithoutTarget()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, WireBody("kms", "ListAliases", "test_rds_aws_managed_kms_keys/kms.ListAliases_1.json"), "application/x-amz-json-1.1");

        var pages = await harness.CollectAsync(new KmsApi(harness.Client, WireHarness.Scope()).ListAliasesPagesAsync(new KmsModel.ListAliasesRequest(), Ct));

        var aliases = pages.ShouldHaveSingleItem().Value!.Aliases!;
        aliases.Single(a => a.AliasName == "alias/aws/rds").TargetKeyId.ShouldBe("1ec621db-4406-4cb9-8e85-812386071791");
        aliases.Single(a => a.AliasName == "alias/aws/s3").TargetKeyId.ShouldBeNull();
        harness.Handler.Requests.ShouldHaveSingleItem().BodyText.ShouldBe("""{"Limit":100}""");
    }

    [Fact]
    public async Task GetKeyPolicy_RecordedResponse_ReturnsThePolicyDocumentText()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, WireBody("kms", "GetKeyPolicy", "test_cross_account_kms/kms.GetKeyPolicy_1.json"), "application/x-amz-json-1.1");

        var result = await harness.RunAsync(new KmsApi(harness.Client, WireHarness.Scope()).GetKeyPolicyAsync(new KmsModel.GetKeyPolicyRequest { KeyId = "k", PolicyName = "default" }, Ct));

        JsonNode.Parse(result.Value!.Policy!)!["Statement"]![1]!["Principal"]!.GetValue<string>().ShouldBe("*");
    }

    [Fact]
    public async Task GetKeyRotationStatus_RecordedResponse_ReadsTheFlag()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, WireBody("kms", "GetKeyRotationStatus", "test_key_rotation/kms.GetKeyRotationStatus_1.json"), "application/x-amz-json-1.1");

        var result = await harness.RunAsync(new KmsApi(harness.Client, WireHarness.Scope()).GetKeyRotationStatusAsync(new KmsModel.GetKeyRotationStatusRequest { KeyId = "k" }, Ct));

        result.Value!.KeyRotationEnabled.ShouldBe(true);
    }

    [Fact]
    public async Task ListSecrets_RecordedResponse_BindsTagsStagesAndKmsKey()
    {
        using var harness = new WireHarness();
        harness.Handler.Respond(200, WireBody("secretsmanager", "ListSecrets", "test_secrets_manager_kms_filter/secretsmanager.ListSecrets_1.json"), "application/x-amz-json-1.1");

        var pages = await harness.CollectAsync(new SecretsManagerApi(harness.Client, WireHarness.Scope()).ListSecretsPagesAsync(new SecretsModel.ListSecretsRequest(), Ct));

        var secrets = pages.ShouldHaveSingleItem().Value!.SecretList!;
        secrets.Count.ShouldBe(4);
        secrets[0].Tags.ShouldBe([new SecretsModel.Tag { Key = "Env", Value = "Prod" }], ignoreOrder: false);
        secrets[0].SecretVersionsToStages!["4be21a62-e591-43fb-9d27-4ae30d5d4f0a"].ShouldBe(["AWSCURRENT"]);
        secrets[0].CreatedDate.ShouldBe(new DateTimeOffset(2020, 5, 1, 6, 38, 42, 731, TimeSpan.Zero));
        secrets[1].OwningService.ShouldBe("events");
        secrets.Single(s => s.Name == "test1").KmsKeyId.ShouldBe("arn:aws:kms:us-east-1:644160558196:key/36812ccf-daaf-49b1-a24b-0eef254ffe41");
        var request = harness.Handler.Requests.ShouldHaveSingleItem();
        request.Header("X-Amz-Target").ShouldBe("secretsmanager.ListSecrets");
        request.BodyText.ShouldBe("""{"MaxResults":100}""");
        SignatureAssert.IsValid(request, WireHarness.Credentials, "us-east-1", "secretsmanager");
    }

    // The CLI printed member-keyed JSON with ISO timestamps; the service sent epoch seconds.
    private static string WireBody(string service, string operation, string fixture)
    {
        var recorded = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))!["response"]!;
        var model = ServiceModel.Load(service);
        return new JsonShapeCodec(model).ToWire(recorded, model.Shape(model.Operation(operation).OutputShape!))!.ToJsonString();
    }
}
