namespace Flywheel.Core.Rules;

/// <summary>The options of a rule that has none.</summary>
public sealed class NoOptions
{
    public static readonly NoOptions Instance = new();
}
