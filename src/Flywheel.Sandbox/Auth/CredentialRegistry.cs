using System.Collections.Concurrent;

namespace Flywheel.Sandbox.Auth;

/// <summary>Access key id → credential; thread-safe, because AssumeRole registers keys while requests are served.</summary>
internal sealed class CredentialRegistry
{
    private readonly ConcurrentDictionary<string, RegisteredCredential> _byAccessKey = new(StringComparer.Ordinal);

    public void Register(RegisteredCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _byAccessKey[credential.AccessKeyId] = credential;
    }

    public RegisteredCredential? Find(string accessKeyId) => _byAccessKey.GetValueOrDefault(accessKeyId);
}
