using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Fidelity;

/// <summary>boto3's paginators and parsers (python3) against the sandbox: one scripted collection pass.</summary>
public sealed class Boto3FidelityTests
{
    // Collects what a scanner would, through boto3's own paginators; prints counts as JSON.
    private const string Script = """
        import json, os, sys, boto3
        endpoint = sys.argv[1]
        session = boto3.session.Session(region_name="us-east-1")
        rds = session.client("rds", endpoint_url=endpoint)
        kms = session.client("kms", endpoint_url=endpoint)
        ec2 = session.client("ec2", endpoint_url=endpoint)
        sm = session.client("secretsmanager", endpoint_url=endpoint)
        sts = session.client("sts", endpoint_url=endpoint)
        instances = [i for page in rds.get_paginator("describe_db_instances").paginate(PaginationConfig={"PageSize": 20}) for i in page["DBInstances"]]
        snapshots = [s for page in rds.get_paginator("describe_db_snapshots").paginate(SnapshotType="manual", PaginationConfig={"PageSize": 20}) for s in page["DBSnapshots"]]
        keys = [k for page in kms.get_paginator("list_keys").paginate(PaginationConfig={"PageSize": 2}) for k in page["Keys"]]
        rotation = [kms.get_key_rotation_status(KeyId=k["KeyId"])["KeyRotationEnabled"] for k in keys if kms.describe_key(KeyId=k["KeyId"])["KeyMetadata"]["KeySpec"] == "SYMMETRIC_DEFAULT"]
        groups = [g for page in ec2.get_paginator("describe_security_groups").paginate(PaginationConfig={"PageSize": 5}) for g in page["SecurityGroups"]]
        secrets = [s for page in sm.get_paginator("list_secrets").paginate(PaginationConfig={"PageSize": 1}) for s in page["SecretList"]]
        print(json.dumps({
            "account": sts.get_caller_identity()["Account"],
            "instances": len(instances),
            "created": instances[0]["InstanceCreateTime"].isoformat(),
            "snapshots": len(snapshots),
            "keys": len(keys),
            "rotationChecked": len(rotation),
            "groups": len(groups),
            "secrets": len(secrets),
        }))
        """;

    [Fact]
    public async Task CollectionPass_Boto3Paginators_SeeTheWholeEstate()
    {
        var python = ExternalTool.Require("python3");
        var probe = await ExternalTool.RunAsync(python, ["-c", "import boto3"], new Dictionary<string, string?>());
        if (probe.ExitCode != 0)
        {
            ExternalTool.Require("python3", "boto3 is not importable by python3; the boto3 fidelity test needs it.");
        }

        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 45 } });
        var expected = sandbox.Read(s => (
            Instances: s.Instances.Count,
            Snapshots: s.Snapshots.Values.Count(x => x.SnapshotType == "manual"),
            Keys: s.Keys.Count,
            Symmetric: s.Keys.Values.Count(k => k.KeySpec == "SYMMETRIC_DEFAULT"),
            Groups: s.SecurityGroups.Count,
            Secrets: s.Secrets.Count));

        var result = await ExternalTool.RunAsync(python, ["-c", Script, sandbox.Server.Endpoint.ToString().TrimEnd('/')],
            AwsCli.Environment(sandbox.Account.AccessKeyId, sandbox.Account.SecretAccessKey, null));

        result.ExitCode.ShouldBe(0, result.ToString());
        var json = result.Json;
        json["account"]!.GetValue<string>().ShouldBe(sandbox.Account.AccountId);
        json["instances"]!.GetValue<int>().ShouldBe(expected.Instances);
        json["created"]!.GetValue<string>().ShouldEndWith("+00:00");
        json["snapshots"]!.GetValue<int>().ShouldBe(expected.Snapshots);
        json["keys"]!.GetValue<int>().ShouldBe(expected.Keys);
        json["rotationChecked"]!.GetValue<int>().ShouldBe(expected.Symmetric);
        json["groups"]!.GetValue<int>().ShouldBe(expected.Groups);
        json["secrets"]!.GetValue<int>().ShouldBe(expected.Secrets);
    }
}
