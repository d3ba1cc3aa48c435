using System.Text.Json;
using Flywheel.Cli.Tests.Support;

namespace Flywheel.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Rules_Table_ListsStorageEncryptionWithMappings()
    {
        var run = await _cli.RunAsync("rules");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldContain("rds-instance-storage-encrypted");
        run.Stdout.ShouldContain("RDS instance storage is encrypted at rest");
        run.Stdout.ShouldContain("aws-fsbp RDS.3");
        run.Stdout.ShouldContain("encryption-at-rest, on by default");
    }

    [Fact]
    public async Task Rules_Json_HasTheRuleWithSeverityAndMappings()
    {
        var run = await _cli.RunAsync("rules", "--format", "json");

        var rule = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "rds-instance-storage-encrypted");
        rule.GetProperty("severity").GetString().ShouldBe("high");
        rule.GetProperty("compliance").EnumerateArray()
            .Select(m => m.GetProperty("framework").GetString() + " " + m.GetProperty("requirement").GetString())
            .ShouldContain("aws-fsbp RDS.3");
    }

    [Fact]
    public async Task Rules_Framework_ShowsOnlyThatFramework()
    {
        var run = await _cli.RunAsync("rules", "--framework", "pci-dss-4.0", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.GetProperty("framework").GetString().ShouldBe("pci-dss-4.0");
        root.GetProperty("rules").EnumerateArray().SelectMany(r => r.GetProperty("compliance").EnumerateArray())
            .Select(m => m.GetProperty("framework").GetString()).Distinct().ShouldBe(["pci-dss-4.0"]);
    }

    [Fact]
    public async Task Rules_UnknownFramework_ExitsTwoListingKnownOnes()
    {
        var run = await _cli.RunAsync("rules", "--framework", "iso-27001");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldStartWith("--framework 'iso-27001' maps no rule; known frameworks: aws-fsbp, ");
    }
}
