using Flywheel.Core.Inventory;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Tests.Knowledge;

public sealed class NetworkReachabilityTests
{
    [Fact]
    public void Describe_AllTrafficFromBothFamilies_NamesOnlyTheWorldRanges()
    {
        var rule = new SecurityGroupRule { IpProtocol = "-1", Ipv4Ranges = ["10.0.0.0/8", "0.0.0.0/0"], Ipv6Ranges = ["::/0"] };

        NetworkReachability.Describe(rule).ShouldBe("all traffic from 0.0.0.0/0, ::/0");
    }

    [Fact]
    public void AdmitsWorld_PrivateRangesOnly_IsFalse()
    {
        var rule = new SecurityGroupRule { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["10.0.0.0/8"], ReferencedGroupIds = ["sg-app"] };

        NetworkReachability.AdmitsWorld(rule).ShouldBeFalse();
    }
}
