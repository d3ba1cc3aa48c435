using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Tests.Credentials;

/// <summary>Answers fetches from a script, in order (the last answer repeats), and counts them.</summary>
internal sealed class ScriptedCredentialsProvider(params CredentialsResult[] answers) : ICredentialsProvider
{
    public int Fetches { get; private set; }

    public string Description => "scripted";

    public Task<CredentialsResult> FetchAsync(CancellationToken cancellationToken)
    {
        var answer = answers[Math.Min(Fetches, answers.Length - 1)];
        Fetches++;
        return Task.FromResult(answer);
    }
}
