using Flywheel.Cli.Tests.Support;
using Flywheel.Core.Policy;

namespace Flywheel.Cli.Tests.Commands;

public sealed class PolicyCommandTests
{
    private readonly CliHarness _cli = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("flywheel-cli-").FullName;

    [Fact]
    public async Task Init_NewFile_WritesTheTemplate()
    {
        var path = Path.Combine(_directory, "policy.yaml");

        var run = await _cli.RunAsync("policy", "init", "--output", path);

        run.ExitCode.ShouldBe(ExitCodes.Success);
        File.ReadAllText(path).ShouldBe("# starter policy\nrules: {}\n");
        run.Stdout.ShouldBe($"Wrote the starter policy to {path}\n");
    }

    [Fact]
    public async Task Init_ExistingFile_RefusesAndLeavesItAlone()
    {
        var path = Path.Combine(_directory, "policy.yaml");
        File.WriteAllText(path, "mine");

        var run = await _cli.RunAsync("policy", "init", "--output", path);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe($"'{path}' already exists; use --force to overwrite it\n");
        File.ReadAllText(path).ShouldBe("mine");
    }

    [Fact]
    public async Task Init_ExistingFileWithForce_Overwrites()
    {
        var path = Path.Combine(_directory, "policy.yaml");
        File.WriteAllText(path, "mine");

        var run = await _cli.RunAsync("policy", "init", "--output", path, "--force");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        File.ReadAllText(path).ShouldBe("# starter policy\nrules: {}\n");
    }

    [Fact]
    public async Task Init_Dash_WritesToStdout()
    {
        var run = await _cli.RunAsync("policy", "init", "--output", "-");

        run.Stdout.ShouldBe("# starter policy\nrules: {}\n");
    }

    [Fact]
    public async Task Validate_ValidPolicy_ExitsZero()
    {
        _cli.LoadPolicy = path => new PolicyLoadResult(new BaselinePolicy { Source = path }, []);

        var run = await _cli.RunAsync("policy", "validate", "prod.yaml");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldBe("prod.yaml: valid (0 rules configured, 0 exceptions)\n");
    }

    [Fact]
    public async Task Validate_InvalidPolicy_ExitsTwoWithEveryError()
    {
        _cli.LoadPolicy = path => new PolicyLoadResult(null, [new PolicyError(path, 1, 1, "expected a mapping"), new PolicyError(path, 4, 3, "unknown key 'rulez'")]);

        var run = await _cli.RunAsync("policy", "validate", "prod.yaml");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("prod.yaml:1:1: expected a mapping\nprod.yaml:4:3: unknown key 'rulez'\n");
    }

    [Fact]
    public async Task Validate_WithoutFile_ExitsTwo()
    {
        var run = await _cli.RunAsync("policy", "validate");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
    }

    [Fact]
    public async Task Schema_Stdout_PrintsTheGeneratedSchema()
    {
        var run = await _cli.RunAsync("policy", "schema");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldBe("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"}\n");
    }

    [Fact]
    public async Task Schema_OutputFile_WritesIt()
    {
        var path = Path.Combine(_directory, "policy.schema.json");

        var run = await _cli.RunAsync("policy", "schema", "--output", path);

        run.ExitCode.ShouldBe(ExitCodes.Success);
        File.ReadAllText(path).ShouldBe("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"}");
    }
}
