using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Rules.Catalog;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Core.Tests.Policy;

public sealed class ExamplePolicyTests
{
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Flywheel.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Flywheel.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void LoadFile_ExamplePolicy_LoadsWithoutErrors()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "policy.yaml");

        var result = new PolicyLoader(BuiltInRules.CreateRegistry(), new FakeTimeProvider(Some.Now)).LoadFile(path);

        result.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        result.Policy!.Scope.Accounts.ShouldBe(["111122223333", "444455556666"]);
        result.Policy.Rules["rds-instance-storage-encrypted"].Severity.ShouldBe(Severity.Critical);
        result.Policy.Exceptions.Single().Id.ShouldBe("legacy-reporting");
    }
}
