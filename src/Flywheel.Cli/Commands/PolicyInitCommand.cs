using System.CommandLine;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel policy init</c>: writes the starter policy, never over an existing file without --force.</summary>
internal sealed class PolicyInitCommand
{
    public const string DefaultFileName = "flywheel-policy.yaml";

    private readonly CliServices _services;
    private readonly GlobalOptions _global;

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = $"Where to write the policy ('-' for stdout). Default: {DefaultFileName} in the current directory.",
        DefaultValueFactory = _ => DefaultFileName,
        HelpName = "FILE",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Overwrite the file if it exists.",
    };

    private PolicyInitCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var init = new PolicyInitCommand(services, global);
        var command = new Command("init", "Write a starter policy: every rule with its options and defaults, commented.")
        {
            init._output, init._force,
        };
        command.SetAction(init.Execute);
        return command;
    }

    private int Execute(ParseResult parseResult)
    {
        var settings = _global.Read(parseResult);
        var path = parseResult.GetValue(_output)!;
        if (path == "-")
        {
            using var stdout = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
            stdout.Output.WriteText(_services.PolicyTemplate());
            return ExitCodes.Success;
        }

        if (File.Exists(path) && !parseResult.GetValue(_force))
        {
            throw new InputException($"'{path}' already exists; use --force to overwrite it");
        }

        var text = _services.PolicyTemplate();
        PolicyFiles.Write(path, text);
        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        target.Output.WriteText($"Wrote the starter policy to {path}\n");
        return ExitCodes.Success;
    }
}
