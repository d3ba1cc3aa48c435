using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Kms;

public sealed class KmsKeyAdminsNotUsersTests
{
    private const string RuleId = "kms-key-admins-not-users";

    // The console's default policy with separate key administrators and key users.
    private const string SeparatedPolicy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
          {"Sid":"Allow access for Key Administrators","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/KeyAdmin"},
           "Action":["kms:Create*","kms:Describe*","kms:Enable*","kms:List*","kms:Put*","kms:Update*","kms:Revoke*","kms:Disable*","kms:Get*","kms:Delete*","kms:TagResource","kms:UntagResource","kms:ScheduleKeyDeletion","kms:CancelKeyDeletion","kms:RotateKeyOnDemand"],"Resource":"*"},
          {"Sid":"Allow use of the key","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/App"},
           "Action":["kms:Encrypt","kms:Decrypt","kms:ReEncrypt*","kms:GenerateDataKey*","kms:DescribeKey"],"Resource":"*"},
          {"Sid":"Allow attachment of persistent resources","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/App"},
           "Action":["kms:CreateGrant","kms:ListGrants","kms:RevokeGrant"],"Resource":"*","Condition":{"Bool":{"kms:GrantIsForAWSResource":"true"}}}
        ]}
        """;

    private static KmsKey WithPolicy(string policy) => Some.Key() with { Policy = policy };

    [Fact]
    public void Evaluate_SeparatedAdministratorsAndUsers_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, WithPolicy(SeparatedPolicy));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("no principal both administers and uses the key (1 administrator(s), 1 user(s) besides the account root)");
    }

    [Fact]
    public void Evaluate_RootOnly_Passes()
    {
        var policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":["123456789012","arn:aws:iam::123456789012:root"]},"Action":"*","Resource":"*"}]}""";

        var finding = RuleHarness.Evaluate(RuleId, WithPolicy(policy));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("no principal both administers and uses the key (0 administrator(s), 0 user(s) besides the account root)");
    }

    [Fact]
    public void Evaluate_PrincipalsWithWildcardActions_FailNamingThem()
    {
        var policy = """
            {"Statement":[
              {"Sid":"Ops","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/Ops"},"Action":"kms:*","Resource":"*"},
              {"Sid":"Alice","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/alice"},"Action":"*","Resource":"*"}
            ]}
            """;

        var finding = RuleHarness.Evaluate(RuleId, WithPolicy(policy));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("principals allowed both to administer and to use the key: arn:aws:iam::123456789012:role/Ops, arn:aws:iam::123456789012:user/alice");
    }

    [Fact]
    public void Evaluate_DutiesCombinedAcrossStatements_Fails()
    {
        var policy = """
            {"Statement":[
              {"Sid":"Admin","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/DbTeam"},"Action":["kms:put*","kms:ScheduleKeyDeletion"],"Resource":"*"},
              {"Sid":"Use","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:role/DbTeam"]},"Action":"kms:Decrypt","Resource":"*"}
            ]}
            """;

        var finding = RuleHarness.Evaluate(RuleId, WithPolicy(policy));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("principals allowed both to administer and to use the key: arn:aws:iam::123456789012:role/DbTeam");
    }

    [Fact]
    public void Evaluate_NotActionExceptDecrypt_StillGrantsBoth()
    {
        var policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/Ops"},"NotAction":"kms:Decrypt","Resource":"*"}]}""";

        var finding = RuleHarness.Evaluate(RuleId, WithPolicy(policy));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("principals allowed both to administer and to use the key: arn:aws:iam::123456789012:role/Ops");
    }

    [Fact]
    public void Evaluate_AwsManagedKey_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { KeyManager = "AWS" });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("AWS managed key; its policy is set by AWS");
    }

    [Fact]
    public void Evaluate_UnparseablePolicy_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, WithPolicy("""{"Statement":[{"Sid":"NoEffect","Principal":"*"}]}"""));

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("key policy could not be parsed: statement NoEffect has no Effect");
    }

    [Fact]
    public void Evaluate_PolicyNotCollected_IsError()
    {
        var key = Some.Key() with { Policy = null };
        var inventory = new InventoryBuilder().With(key).Missing(Dataset.KmsKeyPolicies, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, key, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms get-key-policy not collected for 123456789012/us-east-1 1234abcd-12ab-34cd-56ef-1234567890ab: AccessDenied");
    }
}
