namespace Flywheel.Core.Policy;

/// <summary>One problem in a policy file: where it is and what was expected.</summary>
public sealed record PolicyError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
