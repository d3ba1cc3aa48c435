namespace Flywheel.Sandbox.Protocols;

/// <summary>The wire protocols of the AWS service models.</summary>
internal enum AwsProtocol
{
    /// <summary>Form-encoded Action= requests, XML responses (RDS, STS).</summary>
    Query,

    /// <summary>Like query, with EC2's flattened lists and lower-camel XML (EC2).</summary>
    Ec2,

    /// <summary>POST of JSON with X-Amz-Target (KMS, Secrets Manager, …).</summary>
    Json,

    /// <summary>REST paths with JSON bodies (GuardDuty, Security Hub).</summary>
    RestJson,
}
