using System.Text.RegularExpressions;
using Flywheel.Core.Policy;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Core.Tests.Policy;

/// <summary>Every complete policy shown in docs/policy.md loads (against the fake rules the docs use as examples).</summary>
public sealed partial class PolicyDocsTests
{
    [Fact]
    public void Docs_EveryPolicyExample_Loads()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Flywheel.slnx")))
        {
            root = root.Parent!;
        }

        var markdown = File.ReadAllText(Path.Combine(root.FullName, "docs", "policy.md"));
        var examples = YamlBlock().Matches(markdown).Select(m => m.Groups[1].Value).Where(y => y.StartsWith("version: 1", StringComparison.Ordinal)).ToArray();
        var loader = new PolicyLoader(PolicyTestRules.CreateRegistry(), new FakeTimeProvider(Some.Now));

        examples.Length.ShouldBe(2);
        examples.SelectMany(y => loader.Parse(y, "docs/policy.md").Errors).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
