namespace Flywheel.Rules.Knowledge;

/// <summary>One factor of an internet path (security groups or subnets) with a sentence that names what was seen.</summary>
internal sealed record ExposureFactor(ExposureState State, string Description);
