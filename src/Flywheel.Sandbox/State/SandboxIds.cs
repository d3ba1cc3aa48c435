using System.Globalization;
using System.Text;

namespace Flywheel.Sandbox.State;

/// <summary>Deterministic identifiers (same seed → same ids), safe to call from concurrent requests.</summary>
internal sealed class SandboxIds(int seed)
{
    private const string Hex = "0123456789abcdef";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Secret = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private readonly Lock _gate = new();

    // Not for security: the sandbox's keys only need to be stable and distinct.
#pragma warning disable CA5394 // Random is insecure: deterministic estates need a seeded generator.
    private readonly Random _random = new(seed);

    public string HexId(string prefix, int length = 17) => prefix + Draw(Hex, length);

    public string Uuid()
    {
        var hex = Draw(Hex, 32);
        return string.Create(CultureInfo.InvariantCulture, $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-a{hex[17..20]}-{hex[20..]}");
    }

    public string AccessKeyId(string prefix) => prefix + Draw(Upper, 16);

    public string SecretAccessKey() => Draw(Secret, 40);

    public string Alphanumeric(int length) => Draw(Upper, length);

    private string Draw(string alphabet, int length)
    {
        lock (_gate)
        {
            var builder = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[_random.Next(alphabet.Length)]);
            }

            return builder.ToString();
        }
    }
#pragma warning restore CA5394
}
