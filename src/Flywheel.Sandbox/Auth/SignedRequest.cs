namespace Flywheel.Sandbox.Auth;

/// <summary>A received request as SigV4 sees it: the raw target, headers by name and the body.</summary>
internal sealed record SignedRequest(
    string Method,
    string RawPath,
    string RawQuery,
    Func<string, string?> Header,
    ReadOnlyMemory<byte> Body);
