namespace Flywheel.Sandbox.Auth;

/// <summary>Why a request was not authenticated; each maps to a service-specific error code.</summary>
internal enum AuthFailure
{
    None,
    MissingAuthentication,
    IncompleteSignature,
    UnknownAccessKey,
    InvalidSessionToken,
    ExpiredToken,
    SignatureDoesNotMatch,
}
