namespace Flywheel.Sandbox.Generation;

/// <summary>The keys of a generated region: the AWS managed keys and the customer keys databases may use.</summary>
internal sealed record GeneratedKeys(string AwsRdsKeyArn, string AwsSecretsManagerKeyArn, IReadOnlyList<string> CustomerKeyArns);
