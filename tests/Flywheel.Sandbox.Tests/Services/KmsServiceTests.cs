using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class KmsServiceTests
{
    [Fact]
    public async Task ListKeys_Limit_TruncatesAndMarkersReachEveryKey()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var total = sandbox.Read(s => s.Keys.Count);
        var seen = new List<string>();
        string? marker = null;
        do
        {
            var body = new JsonObject { ["Limit"] = 2 };
            if (marker is not null)
            {
                body["Marker"] = marker;
            }

            var reply = await sandbox.Client.JsonAsync("kms", "TrentService.ListKeys", body);
            reply.Status.ShouldBe(200, reply.Body);
            seen.AddRange(reply.Json["Keys"]!.AsArray().Select(k => k!["KeyId"]!.GetValue<string>()));
            var truncated = reply.Json["Truncated"]!.GetValue<bool>();
            marker = truncated ? reply.Json["NextMarker"]!.GetValue<string>() : null;
        }
        while (marker is not null);

        seen.Count.ShouldBe(total);
        seen.Distinct().Count().ShouldBe(total);
    }

    [Fact]
    public async Task DescribeKey_ByAlias_ReturnsTheTargetKey()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var expected = sandbox.Read(s => s.Aliases["alias/aws/rds"].TargetKeyId);

        var reply = await Kms(sandbox, "DescribeKey", "alias/aws/rds");

        reply.Json["KeyMetadata"]!["KeyId"]!.GetValue<string>().ShouldBe(expected);
        reply.Json["KeyMetadata"]!["KeyManager"]!.GetValue<string>().ShouldBe("AWS");
    }

    [Fact]
    public async Task DescribeKey_Unknown_ReturnsNotFoundException()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await Kms(sandbox, "DescribeKey", "00000000-0000-4000-a000-000000000000");

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("NotFoundException");
        reply.Json["message"]!.GetValue<string>().ShouldBe($"Key 'arn:aws:kms:us-east-1:{sandbox.Account.AccountId}:key/00000000-0000-4000-a000-000000000000' does not exist");
    }

    [Theory]
    [InlineData("RSA_2048", "key spec is RSA_2048 which is not valid for this operation.")]
    [InlineData("HMAC_256", "key spec is HMAC_256 which is not valid for this operation.")]
    public async Task EnableKeyRotation_NonSymmetricKey_ReturnsUnsupportedOperationException(string keySpec, string reason)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey(keySpec);

        var reply = await Kms(sandbox, "EnableKeyRotation", keyId);

        reply.ErrorCode.ShouldBe("UnsupportedOperationException");
        reply.Json["message"]!.GetValue<string>().ShouldEndWith(reason);
    }

    [Fact]
    public async Task PendingDeletionKey_RefusesRotationAndUse_UntilCancelledThenDisabled()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey();

        var scheduled = await Kms(sandbox, "ScheduleKeyDeletion", keyId, new JsonObject { ["PendingWindowInDays"] = 7 });
        scheduled.Json["KeyState"]!.GetValue<string>().ShouldBe("PendingDeletion");
        scheduled.Json["DeletionDate"]!.GetValue<double>().ShouldBe(TestSandbox.Start.AddDays(7).ToUnixTimeSeconds());

        (await Kms(sandbox, "EnableKeyRotation", keyId)).ErrorCode.ShouldBe("KMSInvalidStateException");
        var encrypt = await Kms(sandbox, "Encrypt", keyId, new JsonObject { ["Plaintext"] = "aGVsbG8=" });
        encrypt.ErrorCode.ShouldBe("KMSInvalidStateException");
        encrypt.Json["message"]!.GetValue<string>().ShouldEndWith(" is pending deletion.");

        (await Kms(sandbox, "CancelKeyDeletion", keyId)).Status.ShouldBe(200);
        var described = await Kms(sandbox, "DescribeKey", keyId);
        described.Json["KeyMetadata"]!["KeyState"]!.GetValue<string>().ShouldBe("Disabled");
        (await Kms(sandbox, "Encrypt", keyId, new JsonObject { ["Plaintext"] = "aGVsbG8=" })).ErrorCode.ShouldBe("DisabledException");
    }

    [Fact]
    public async Task ScheduleKeyDeletion_WindowElapses_KeyIsGone()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey();
        await Kms(sandbox, "ScheduleKeyDeletion", keyId, new JsonObject { ["PendingWindowInDays"] = 7 });

        sandbox.Time.Advance(TimeSpan.FromDays(7));

        (await Kms(sandbox, "DescribeKey", keyId)).ErrorCode.ShouldBe("NotFoundException");
    }

    [Theory]
    [InlineData(6, "greater than or equal to 7")]
    [InlineData(31, "less than or equal to 30")]
    public async Task ScheduleKeyDeletion_WindowOutOfRange_ReturnsValidationException(int days, string constraint)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await Kms(sandbox, "ScheduleKeyDeletion", sandbox.CustomerKey(), new JsonObject { ["PendingWindowInDays"] = days });

        reply.ErrorCode.ShouldBe("ValidationException");
        reply.Json["message"]!.GetValue<string>().ShouldBe($"1 validation error detected: Value '{days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value {constraint}");
    }

    [Fact]
    public async Task RotateKeyOnDemand_EleventhTime_ReturnsLimitExceededException()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey();
        for (var i = 0; i < 10; i++)
        {
            (await Kms(sandbox, "RotateKeyOnDemand", keyId)).Status.ShouldBe(200);
            (await Kms(sandbox, "RotateKeyOnDemand", keyId)).ErrorCode.ShouldBe("ConflictException");
            sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var eleventh = await Kms(sandbox, "RotateKeyOnDemand", keyId);

        eleventh.ErrorCode.ShouldBe("LimitExceededException");
        var rotations = await Kms(sandbox, "ListKeyRotations", keyId, new JsonObject { ["Limit"] = 1000 });
        rotations.Json["Rotations"]!.AsArray().Count(r => r!["RotationType"]!.GetValue<string>() == "ON_DEMAND").ShouldBe(10);
    }

    [Fact]
    public async Task EnableKeyRotation_ClockPassesThePeriod_RotatesAutomatically()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var keyId = sandbox.CustomerKey();
        (await Kms(sandbox, "GetKeyRotationStatus", keyId)).Json["KeyRotationEnabled"]!.GetValue<bool>().ShouldBeFalse();

        (await Kms(sandbox, "EnableKeyRotation", keyId, new JsonObject { ["RotationPeriodInDays"] = 90 })).Status.ShouldBe(200);
        sandbox.Time.Advance(TimeSpan.FromDays(181));

        var rotations = await Kms(sandbox, "ListKeyRotations", keyId);
        rotations.Json["Rotations"]!.AsArray().Select(r => (r!["RotationType"]!.GetValue<string>(), r["RotationDate"]!.GetValue<double>()))
            .ShouldBe([("AUTOMATIC", TestSandbox.Start.AddDays(90).ToUnixTimeSeconds()), ("AUTOMATIC", TestSandbox.Start.AddDays(180).ToUnixTimeSeconds())]);
        var status = await Kms(sandbox, "GetKeyRotationStatus", keyId);
        status.Json["NextRotationDate"]!.GetValue<double>().ShouldBe(TestSandbox.Start.AddDays(270).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task EnableKeyRotation_PeriodBelow90_ReturnsValidationException()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await Kms(sandbox, "EnableKeyRotation", sandbox.CustomerKey(), new JsonObject { ["RotationPeriodInDays"] = 30 });

        reply.ErrorCode.ShouldBe("ValidationException");
    }

    [Fact]
    public async Task GetKeyPolicy_Default_ReturnsTheAccountRootPolicy()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await Kms(sandbox, "GetKeyPolicy", sandbox.CustomerKey());

        reply.Json["PolicyName"]!.GetValue<string>().ShouldBe("default");
        reply.Json["Policy"]!.GetValue<string>().ShouldContain($"arn:aws:iam::{sandbox.Account.AccountId}:root");
    }

    [Fact]
    public async Task PutKeyPolicy_ThenGet_ReturnsTheNewPolicy_AndRejectsMalformedJson()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey();
        const string Policy = """{"Version":"2012-10-17","Statement":[]}""";

        (await Kms(sandbox, "PutKeyPolicy", keyId, new JsonObject { ["PolicyName"] = "default", ["Policy"] = Policy })).Status.ShouldBe(200);
        var malformed = await Kms(sandbox, "PutKeyPolicy", keyId, new JsonObject { ["PolicyName"] = "default", ["Policy"] = "{not json" });

        (await Kms(sandbox, "GetKeyPolicy", keyId)).Json["Policy"]!.GetValue<string>().ShouldBe(Policy);
        malformed.ErrorCode.ShouldBe("MalformedPolicyDocumentException");
    }

    [Fact]
    public async Task DisableKey_ThenEnableKey_StateFollows()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey();

        await Kms(sandbox, "DisableKey", keyId);
        (await Kms(sandbox, "DescribeKey", keyId)).Json["KeyMetadata"]!["Enabled"]!.GetValue<bool>().ShouldBeFalse();
        (await Kms(sandbox, "RotateKeyOnDemand", keyId)).ErrorCode.ShouldBe("DisabledException");
        await Kms(sandbox, "EnableKey", keyId);

        (await Kms(sandbox, "DescribeKey", keyId)).Json["KeyMetadata"]!["KeyState"]!.GetValue<string>().ShouldBe("Enabled");
    }

    private static Task<AwsReply> Kms(TestSandbox sandbox, string operation, string keyId, JsonObject? extra = null)
    {
        var body = extra ?? [];
        body["KeyId"] = keyId;
        return sandbox.Client.JsonAsync("kms", "TrentService." + operation, body);
    }
}
