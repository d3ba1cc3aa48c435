namespace Flywheel.Aws.Wire.Signing;

/// <summary>The intermediate strings and the result of signing, kept for diagnostics and the test vectors.</summary>
internal sealed record SignatureResult(string CanonicalRequest, string StringToSign, string Signature, string SignedHeaders, string Authorization);
