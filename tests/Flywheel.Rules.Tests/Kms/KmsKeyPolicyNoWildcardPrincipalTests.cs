using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Kms;

public sealed class KmsKeyPolicyNoWildcardPrincipalTests
{
    private const string RuleId = "kms-key-policy-no-wildcard-principal";

    private const string OpenPolicy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
          {"Sid":"Open","Effect":"Allow","Principal":"*","Action":"kms:Decrypt","Resource":"*"},
          {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:role/app","*"]},"Action":["kms:Encrypt"],"Resource":"*"}
        ]}
        """;

    [Fact]
    public void Evaluate_RootOnlyPolicy_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("no Allow statement grants a wildcard principal without a condition");
    }

    [Fact]
    public void Evaluate_WildcardPrincipalsWithoutCondition_FailsNamingStatements()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Policy = OpenPolicy });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key policy allows any principal (\"*\") without a condition in statement Open, #3");
    }

    [Fact]
    public void Evaluate_WildcardWithConditionOrDeny_Passes()
    {
        var policy = """
            {"Statement":[
              {"Sid":"ViaRds","Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012","kms:ViaService":"rds.us-east-1.amazonaws.com"}}},
              {"Sid":"DenyAll","Effect":"Deny","Principal":"*","Action":"kms:ScheduleKeyDeletion","Resource":"*"}
            ]}
            """;

        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Policy = policy });

        finding.Status.ShouldBe(FindingStatus.Pass);
    }

    [Fact]
    public void Evaluate_AwsManagedKey_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { KeyManager = "AWS", Policy = OpenPolicy });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("AWS managed key; its policy is set by AWS");
    }

    [Fact]
    public void Evaluate_PolicyWithoutStatement_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Policy = """{"Version":"2012-10-17"}""" });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("key policy could not be parsed: the policy has no Statement");
    }

    [Fact]
    public void Evaluate_PolicyNotJson_IsErrorWithTheParserMessage()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Policy = "{not json" });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldStartWith("key policy could not be parsed: ");
        finding.Reason.ShouldContain("LineNumber: 0 | BytePositionInLine: 1");
    }

    [Fact]
    public void Evaluate_PolicyNotCollectedForTheKey_IsError()
    {
        var key = Some.Key() with { Policy = null };
        var inventory = new InventoryBuilder().With(key).MissingFor(Dataset.KmsKeyPolicies, key.KeyId, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, key, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms get-key-policy not collected for 123456789012/us-east-1 1234abcd-12ab-34cd-56ef-1234567890ab: AccessDenied");
    }

    [Fact]
    public void Evaluate_PolicyAbsent_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Policy = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("Policy was not collected");
    }
}
