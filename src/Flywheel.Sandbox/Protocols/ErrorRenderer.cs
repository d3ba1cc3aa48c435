using System.Text.Json.Nodes;
using System.Xml.Linq;
using Flywheel.Sandbox.Auth;

namespace Flywheel.Sandbox.Protocols;

/// <summary>Writes errors in each protocol's envelope and maps authentication failures to each protocol's codes.</summary>
internal static class ErrorRenderer
{
    public static (string ContentType, string Body) Render(AwsProtocol protocol, string? xmlNamespace, AwsError error, string requestId)
    {
        switch (protocol)
        {
            case AwsProtocol.Query:
                var query = new XElement("ErrorResponse",
                    new XElement("Error",
                        new XElement("Type", error.IsSenderFault ? "Sender" : "Receiver"),
                        new XElement("Code", error.Code),
                        new XElement("Message", error.Message)),
                    new XElement("RequestId", requestId));
                return ("text/xml", Xml.Render(query, xmlNamespace));
            case AwsProtocol.Ec2:
                var ec2 = new XElement("Response",
                    new XElement("Errors", new XElement("Error", new XElement("Code", error.Code), new XElement("Message", error.Message))),
                    new XElement("RequestID", requestId));
                return ("text/xml;charset=UTF-8", Xml.Render(ec2, null));
            case AwsProtocol.Json:
                return ("application/x-amz-json-1.1", new JsonObject { ["__type"] = error.Code, ["message"] = error.Message }.ToJsonString());
            default:
                return ("application/json", new JsonObject { ["message"] = error.Message }.ToJsonString());
        }
    }

    /// <summary>The error each protocol's services return for an authentication failure.</summary>
    public static AwsError ForAuthFailure(AwsProtocol protocol, VerificationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var message = outcome.Message;
        return (protocol, outcome.Failure) switch
        {
            (AwsProtocol.Json, AuthFailure.MissingAuthentication) => new("MissingAuthenticationTokenException", message),
            (AwsProtocol.Json, AuthFailure.IncompleteSignature) => new("IncompleteSignatureException", message),
            (AwsProtocol.Json, AuthFailure.UnknownAccessKey or AuthFailure.InvalidSessionToken) => new("UnrecognizedClientException", message),
            (AwsProtocol.Json, AuthFailure.ExpiredToken) => new("ExpiredTokenException", message),
            // JSON services report a bad signature as InvalidSignatureException with 400, as KMS and Secrets Manager do.
            (AwsProtocol.Json, _) => new("InvalidSignatureException", message),
            (AwsProtocol.Ec2, AuthFailure.MissingAuthentication) => new("MissingAuthenticationToken", message, 401),
            (AwsProtocol.Ec2, AuthFailure.UnknownAccessKey or AuthFailure.InvalidSessionToken or AuthFailure.ExpiredToken) =>
                new("AuthFailure", "AWS was not able to validate the provided access credentials", 401),
            (AwsProtocol.Ec2, AuthFailure.IncompleteSignature) => new("IncompleteSignature", message, 401),
            (AwsProtocol.Ec2, _) => new("SignatureDoesNotMatch", message, 403),
            (_, AuthFailure.MissingAuthentication) => new("MissingAuthenticationToken", message, 403),
            (_, AuthFailure.IncompleteSignature) => new("IncompleteSignature", message, 403),
            (_, AuthFailure.UnknownAccessKey or AuthFailure.InvalidSessionToken) => new("InvalidClientTokenId", message, 403),
            (_, AuthFailure.ExpiredToken) => new("ExpiredToken", message, 403),
            _ => new("SignatureDoesNotMatch", message, 403),
        };
    }
}
