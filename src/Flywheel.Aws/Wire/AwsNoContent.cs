namespace Flywheel.Aws.Wire;

/// <summary>The value of a successful operation whose model declares no output (EnableKeyRotation).</summary>
internal readonly record struct AwsNoContent;
