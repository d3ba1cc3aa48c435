using System.CommandLine;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel policy schema</c>: the JSON Schema of the policy file, generated from the rule registry.</summary>
internal sealed class PolicySchemaCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the schema to this file instead of stdout (overwrites).",
        HelpName = "FILE",
    };

    private PolicySchemaCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var schema = new PolicySchemaCommand(services, global);
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the policy file, for editors and CI.")
        {
            schema._output,
        };
        command.SetAction(schema.Execute);
        return command;
    }

    private int Execute(ParseResult parseResult)
    {
        var settings = _global.Read(parseResult);
        var path = parseResult.GetValue(_output);
        var text = _services.PolicySchema();
        if (path is not null)
        {
            PolicyFiles.Write(path, text);
            return ExitCodes.Success;
        }

        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        target.Output.WriteText(text.EndsWith('\n') ? text : text + "\n");
        return ExitCodes.Success;
    }
}
