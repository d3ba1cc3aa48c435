using System.Text.RegularExpressions;
using System.Xml.Linq;
using Flywheel.Sandbox.Auth;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Sts;

/// <summary>STS (query protocol): GetCallerIdentity, and AssumeRole into any sandbox account.</summary>
internal sealed partial class StsService(CredentialRegistry registry, SandboxIds ids, IReadOnlyList<string> accountIds) : IOperationHandler
{
    private const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    public string SigningName => "sts";

    public AwsProtocol Protocol => AwsProtocol.Query;

    public string? XmlNamespace => Namespace;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "GetCallerIdentity" => ServiceReply.Ok(QueryResponse.Query(request.Operation, Namespace, request.RequestId,
            new XElement("Arn", request.Caller.Arn),
            new XElement("UserId", request.Caller.UserId),
            new XElement("Account", request.Caller.AccountId))),
        "AssumeRole" => AssumeRole(request),
        _ => new AwsError("InvalidAction", $"Could not find operation {request.Operation} for version 2011-06-15"),
    };

    private ServiceReply AssumeRole(SandboxRequest request)
    {
        var roleArn = request.Parameters.Get("RoleArn");
        var sessionName = request.Parameters.Get("RoleSessionName");
        if (roleArn is null || sessionName is null)
        {
            return new AwsError("MissingParameter", $"The request must contain the parameter {(roleArn is null ? "RoleArn" : "RoleSessionName")}");
        }

        var match = RoleArn().Match(roleArn);
        if (!match.Success)
        {
            return new AwsError("ValidationError", $"{roleArn} is invalid");
        }

        var duration = request.Parameters.GetInt("DurationSeconds") ?? (int)SandboxConstants.AssumedRoleDuration.TotalSeconds;
        if (duration is < 900 or > 43200)
        {
            return new AwsError("ValidationError", $"1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200");
        }

        var account = match.Groups["account"].Value;
        var role = match.Groups["role"].Value.Split('/')[^1];
        if (!accountIds.Contains(account, StringComparer.Ordinal))
        {
            return new AwsError("AccessDenied", $"User: {request.Caller.Arn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", 403);
        }

        var roleId = "AROA" + ids.Alphanumeric(17);
        var assumedArn = $"arn:aws:sts::{account}:assumed-role/{role}/{sessionName}";
        var credential = new RegisteredCredential(ids.AccessKeyId("ASIA"), ids.SecretAccessKey(), account, assumedArn, $"{roleId}:{sessionName}")
        {
            SessionToken = "FwoGZXIvYXdzE" + ids.SecretAccessKey() + ids.SecretAccessKey(),
            Expiration = request.Now.AddSeconds(duration),
        };
        registry.Register(credential);

        return ServiceReply.Ok(QueryResponse.Query(request.Operation, Namespace, request.RequestId,
            new XElement("Credentials",
                new XElement("AccessKeyId", credential.AccessKeyId),
                new XElement("SecretAccessKey", credential.SecretAccessKey),
                new XElement("SessionToken", credential.SessionToken),
                Xml.Opt("Expiration", credential.Expiration)),
            new XElement("AssumedRoleUser",
                new XElement("AssumedRoleId", credential.UserId),
                new XElement("Arn", assumedArn))));
    }

    [GeneratedRegex(@"^arn:aws:iam::(?<account>\d{12}):role/(?<role>[\w+=,.@/-]+)$")]
    private static partial Regex RoleArn();
}
