using System.Reflection;
using Flywheel.Aws.Accounts;
using Flywheel.Cli.Rendering;
using Flywheel.Core.Policy;
using Flywheel.Core.Rules;
using Flywheel.Core.Sources;
using Flywheel.Rules.Catalog;
using Flywheel.Sources.Export;
using Flywheel.Store;
using Spectre.Console;

namespace Flywheel.Cli;

/// <summary>
/// What the commands depend on, injected so tests run the real command tree in-process with a fixed clock, an
/// in-memory inventory and captured output.
/// </summary>
internal sealed record CliServices
{
    public required TimeProvider TimeProvider { get; init; }

    public required RuleRegistry Registry { get; init; }

    /// <summary>Creates the collector for an export directory (the <c>--input</c> value).</summary>
    public required Func<string, IInventoryCollector> CollectorFactory { get; init; }

    /// <summary>Opens the AWS connection of a live command; the default is <see cref="AwsConnection.OpenAsync(AwsConnectionOptions, TimeProvider, CancellationToken)"/>.</summary>
    public required Func<AwsConnectionOptions, CancellationToken, Task<AwsConnectionResult>> ConnectAws { get; init; }

    /// <summary>True when stderr is a terminal: live progress is drawn as a bar there, else written as lines.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Where documents (JSON, YAML) go; the console's writer for tables is usually the same stream.</summary>
    public required TextWriter Stdout { get; init; }

    public required TextWriter Stderr { get; init; }

    /// <summary>The terminal tables are rendered on.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Loads and validates a policy file; the default is <see cref="PolicyLoader.LoadFile"/>.</summary>
    public required Func<string, PolicyLoadResult> LoadPolicy { get; init; }

    /// <summary>Opens the findings store a <c>--db</c> value names (null: the default); see <see cref="StoreFactory"/>.</summary>
    public required Func<string?, CancellationToken, Task<StoreOpenOutcome>> OpenStore { get; init; }

    /// <summary>The starter policy text for <c>policy init</c>.</summary>
    public required Func<string> PolicyTemplate { get; init; }

    /// <summary>The policy JSON Schema for <c>policy schema</c>.</summary>
    public required Func<string> PolicySchema { get; init; }

    /// <summary>The version reports carry (informational version of the assembly by default).</summary>
    public required string Version { get; init; }

    public static CliServices CreateDefault()
    {
        var time = TimeProvider.System;
        var registry = BuiltInRules.CreateRegistry();
        return new CliServices
        {
            TimeProvider = time,
            Registry = registry,
            CollectorFactory = directory => new ExportDirectoryCollector(directory, time),
            ConnectAws = (options, cancellationToken) => AwsConnection.OpenAsync(options, time, cancellationToken),
            StderrIsTerminal = !System.Console.IsErrorRedirected,
            Stdout = System.Console.Out,
            Stderr = System.Console.Error,
            Console = ConsoleFactory.ForTerminal(),
            LoadPolicy = path => new PolicyLoader(registry, time).LoadFile(path),
            OpenStore = (db, cancellationToken) => StoreFactory.OpenAsync(db, time, cancellationToken),
            PolicyTemplate = () => Core.Policy.PolicyTemplate.Create(registry),
            PolicySchema = () => PolicySchemaGenerator.Generate(registry),
            Version = typeof(CliServices).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        };
    }
}
