namespace Flywheel.Aws.Tests.Credentials;

/// <summary>Tests that change process environment variables: they run one at a time, never beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
