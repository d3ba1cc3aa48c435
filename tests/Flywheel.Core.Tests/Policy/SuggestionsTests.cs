using Flywheel.Core.Policy;

namespace Flywheel.Core.Tests.Policy;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("enableAllRule", "enableAllRules")]
    [InlineData("hihg", "high")]
    [InlineData("High", "high")]
    [InlineData("exceptons", "exceptions")]
    public void Closest_NearMiss_Suggests(string value, string expected)
    {
        Suggestions.Closest(value, ["version", "enableAllRules", "high", "low", "exceptions"]).ShouldBe(expected);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("severity")]
    public void Closest_FarFromEverything_SuggestsNothing(string value)
    {
        Suggestions.Closest(value, ["version", "enableAllRules", "rules"]).ShouldBeNull();
    }
}
