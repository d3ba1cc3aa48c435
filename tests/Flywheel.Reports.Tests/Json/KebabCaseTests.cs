using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Reports.Json;

namespace Flywheel.Reports.Tests.Json;

public sealed class KebabCaseTests
{
    [Fact]
    public void Of_MultiWordEnum_LowerKebab()
    {
        KebabCase.Of(FindingStatus.NotApplicable).ShouldBe("not-applicable");
        KebabCase.Of(KeyUsageKind.PerformanceInsights).ShouldBe("performance-insights");
        KebabCase.Of(Dataset.Ec2SecurityGroups).ShouldBe("ec2-security-groups");
    }

    [Fact]
    public void Parse_KebabNameAnyCase_ReturnsMember()
    {
        KebabCase.Parse<Severity>("Critical").ShouldBe(Severity.Critical);
        KebabCase.Parse<FindingStatus>("not-applicable").ShouldBe(FindingStatus.NotApplicable);
    }

    [Fact]
    public void Parse_UnknownName_ReturnsNull()
    {
        KebabCase.Parse<Severity>("severe").ShouldBeNull();
    }
}
