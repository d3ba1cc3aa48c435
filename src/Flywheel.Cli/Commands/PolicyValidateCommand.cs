using System.CommandLine;
using System.Globalization;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel policy validate FILE</c>: loads the policy as a scan would and reports every error.</summary>
internal sealed class PolicyValidateCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;

    private readonly Argument<string> _file = new("FILE")
    {
        Description = "The policy YAML to check.",
    };

    private PolicyValidateCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var validate = new PolicyValidateCommand(services, global);
        var command = new Command("validate", "Check a policy file: syntax, rule ids, options, scopes and exceptions. Every error is listed as file:line:col: message.")
        {
            validate._file,
        };
        command.SetAction(validate.Execute);
        return command;
    }

    private int Execute(ParseResult parseResult)
    {
        var settings = _global.Read(parseResult);
        var path = parseResult.GetValue(_file)!;
        var result = _services.LoadPolicy(path);
        if (!result.Succeeded)
        {
            throw new InputException(result.Errors.Count > 0 ? [.. result.Errors.Select(e => e.ToString())] : [$"{path}: the policy could not be loaded"]);
        }

        var policy = result.Policy!;
        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        target.Output.WriteText(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: valid ({policy.Rules.Count} rules configured, {policy.Exceptions.Count} exceptions)\n"));
        return ExitCodes.Success;
    }
}
