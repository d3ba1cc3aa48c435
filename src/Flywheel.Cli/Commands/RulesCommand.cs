using System.CommandLine;
using Flywheel.Cli.Commands.Settings;
using Flywheel.Cli.Rendering;
using Flywheel.Core;
using Flywheel.Reports;
using Flywheel.Reports.Rules;

namespace Flywheel.Cli.Commands;

/// <summary><c>flywheel rules</c>: the rule catalogue, optionally narrowed to one compliance framework.</summary>
internal sealed class RulesCommand
{
    private readonly CliServices _services;
    private readonly GlobalOptions _global;
    private readonly Option<string> _format = GlobalOptions.CreateFormatOption();

    private readonly Option<string?> _framework = new("--framework")
    {
        Description = "Only the rules mapped to this framework (aws-fsbp, cis-aws-foundations-5.0, pci-dss-4.0, …).",
        HelpName = "ID",
    };

    private RulesCommand(CliServices services, GlobalOptions global)
    {
        _services = services;
        _global = global;
    }

    public static Command Create(CliServices services, GlobalOptions global)
    {
        var rules = new RulesCommand(services, global);
        var command = new Command("rules", "List the rule catalogue: severity, compliance mappings, options and defaults.")
        {
            rules._format, rules._framework,
        };
        command.SetAction(rules.Execute);
        return command;
    }

    private int Execute(ParseResult parseResult)
    {
        var settings = _global.Read(parseResult, _format);
        var framework = parseResult.GetValue(_framework);
        var known = RuleCatalog.Frameworks(_services.Registry);
        if (framework is not null && !known.Contains(framework, StringComparer.Ordinal))
        {
            throw new InputException($"--framework '{framework}' maps no rule; known frameworks: {string.Join(", ", known)}");
        }

        var catalog = RuleCatalog.Build(new ToolInfo("flywheel", _services.Version), _services.Registry, framework);
        using var target = OutputTarget.Open(_services, settings.Quiet, settings.NoColor, path: null);
        if (settings.Format == OutputFormat.Json)
        {
            target.Output.WriteText(JsonRuleCatalog.Write(catalog));
        }
        else
        {
            target.Output.Write(RulesTable.Build(catalog));
        }

        return ExitCodes.Success;
    }
}
