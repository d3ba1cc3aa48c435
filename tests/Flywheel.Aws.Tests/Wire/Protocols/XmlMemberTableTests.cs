using System.Text;
using Flywheel.Aws.Wire.Models;
using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>The UTF-8 member table on RDS's largest structure: every element name finds its member, whatever the order.</summary>
public sealed class XmlMemberTableTests
{
    private static readonly ServiceModel Rds = ServiceModel.Load("rds");

    [Fact]
    public void Find_EveryDbInstanceMemberInReverseOrder_FindsItsBinding()
    {
        var shape = Rds.Shape("DBInstance");
        var members = XmlShapePlan.Build(Rds, shape).Members;
        var next = 0;

        var found = shape.Members.Reverse().Select(m => members.Find(Encoding.UTF8.GetBytes(m.Value.LocationName ?? m.Key), ref next)?.Member ?? "(none)").ToList();

        members.Count.ShouldBe(shape.Members.Count);
        found.ShouldBe(shape.Members.Keys.Reverse().ToList());
    }

    [Fact]
    public void Find_InModelOrder_MovesTheHintAlong()
    {
        var members = XmlShapePlan.Build(Rds, Rds.Shape("DBInstance")).Members;
        var next = 0;

        members.Find(Encoding.UTF8.GetBytes(members.Bindings[0].Member), ref next).ShouldBeSameAs(members.Bindings[0]);
        members.Find(Encoding.UTF8.GetBytes(members.Bindings[1].Member), ref next).ShouldBeSameAs(members.Bindings[1]);

        next.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dbinstanceidentifier")]
    [InlineData("DBInstanceIdentifierX")]
    [InlineData("DBInstanceIdentifie")]
    public void Find_NameTheShapeDoesNotHave_IsNull(string name)
    {
        var members = XmlShapePlan.Build(Rds, Rds.Shape("DBInstance")).Members;
        var next = 0;

        members.Find(Encoding.UTF8.GetBytes(name), ref next).ShouldBeNull();
        next.ShouldBe(0);
    }
}
