using Flywheel.Cli.Tests.Support;

namespace Flywheel.Cli.Tests;

public sealed class AppTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Run_NoCommand_ExitsTwo()
    {
        var run = await _cli.RunAsync();

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("Required command was not provided.\nRun 'flywheel --help' (or 'flywheel <command> --help') for usage.\n");
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsTwo()
    {
        var run = await _cli.RunAsync("scna");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldContain("scna");
    }

    [Fact]
    public async Task Run_Help_ExitsZeroListingCommands()
    {
        var run = await _cli.RunAsync("--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        foreach (var command in new[] { "scan", "rules", "keys", "policy" })
        {
            run.Stdout.ShouldContain(command);
        }
    }

    [Fact]
    public async Task Run_SubcommandHelp_ExitsZero()
    {
        var run = await _cli.RunAsync("policy", "init", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldContain("--force");
    }

    [Fact]
    public async Task Run_Version_ExitsZero()
    {
        var run = await _cli.RunAsync("--version");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.Stdout.ShouldNotBeEmpty();
    }

    [Fact]
    public void ExitCodes_AreTheDocumentedValues()
    {
        (ExitCodes.Success, ExitCodes.FindingsFailed, ExitCodes.UsageOrInputError, ExitCodes.Incomplete, ExitCodes.InternalError)
            .ShouldBe((0, 1, 2, 3, 70));
    }
}
