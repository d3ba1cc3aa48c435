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

    // Every other read operation of Flywheel's wire client, parsed by boto3; prints what it found.
    private const string CollectorScript = """
        import json, sys, boto3
        endpoint = sys.argv[1]
        session = boto3.session.Session(region_name="us-east-1")
        rds = session.client("rds", endpoint_url=endpoint)
        kms = session.client("kms", endpoint_url=endpoint)
        ec2 = session.client("ec2", endpoint_url=endpoint)
        org = session.client("organizations", endpoint_url=endpoint)
        trail = session.client("cloudtrail", endpoint_url=endpoint)
        gd = session.client("guardduty", endpoint_url=endpoint)
        key = kms.describe_key(KeyId="alias/aws/rds")["KeyMetadata"]["KeyId"]
        detector = gd.list_detectors()["DetectorIds"][0]
        print(json.dumps({
            "grants": len(kms.list_grants(KeyId=key)["Grants"]),
            "aliases": len(kms.list_aliases()["Aliases"]),
            "policy": "Statement" in kms.get_key_policy(KeyId=key, PolicyName="default")["Policy"],
            "regions": sorted(r["RegionName"] for r in ec2.describe_regions()["Regions"]),
            "subnets": len(ec2.describe_subnets()["Subnets"]),
            "routeTables": len(ec2.describe_route_tables()["RouteTables"]),
            "accounts": len(org.list_accounts()["Accounts"]),
            "optionGroups": len(rds.describe_option_groups()["OptionGroupsList"]),
            "proxies": len(rds.describe_db_proxies()["DBProxies"]),
            "subscriptions": len(rds.describe_event_subscriptions()["EventSubscriptionsList"]),
            "engineVersions": len(rds.describe_db_engine_versions(Engine="postgres")["DBEngineVersions"]),
            "majorVersions": len(rds.describe_db_major_engine_versions(Engine="postgres")["DBMajorEngineVersions"]),
            "automatedBackups": len(rds.describe_db_instance_automated_backups()["DBInstanceAutomatedBackups"]),
            "clusters": len(rds.describe_db_clusters()["DBClusters"]),
            "clusterSnapshots": len(rds.describe_db_cluster_snapshots()["DBClusterSnapshots"]),
            "parameterGroups": len(rds.describe_db_parameter_groups()["DBParameterGroups"]),
            "clusterParameterGroups": len(rds.describe_db_cluster_parameter_groups()["DBClusterParameterGroups"]),
            "trails": len(trail.describe_trails()["trailList"]),
            "selectors": len(trail.get_event_selectors(TrailName=trail.describe_trails()["trailList"][0]["TrailARN"])["EventSelectors"]),
            "detectorStatus": gd.get_detector(DetectorId=detector)["Status"],
        }))
        """;

    [Fact]
    public async Task CollectorOperations_Boto3_ParseEveryReadOperationOfTheClient()
    {
        var python = await RequireBoto3Async();
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0, InstancesPerRegion = 8, ClusterShare = 0.5 } });
        var expected = sandbox.Read(s => (
            Grants: s.Keys[s.Aliases["alias/aws/rds"].TargetKeyId!].Grants.Count,
            Aliases: s.Aliases.Count,
            Backups: s.Instances.Values.Count(i => i.ClusterIdentifier is null && i.BackupRetentionPeriod > 0),
            OptionGroups: s.Instances.Values.Select(i => i.OptionGroupName).Distinct().Count()));

        var result = await ExternalTool.RunAsync(python, ["-c", CollectorScript, sandbox.Server.Endpoint.ToString().TrimEnd('/')],
            AwsCli.Environment(sandbox.Account.AccessKeyId, sandbox.Account.SecretAccessKey, null));

        result.ExitCode.ShouldBe(0, result.ToString());
        var json = result.Json;
        json["grants"]!.GetValue<int>().ShouldBe(expected.Grants);
        json["aliases"]!.GetValue<int>().ShouldBe(expected.Aliases);
        json["policy"]!.GetValue<bool>().ShouldBeTrue();
        json["regions"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["eu-west-1", "us-east-1"]);
        json["subnets"]!.GetValue<int>().ShouldBe(3);
        json["routeTables"]!.GetValue<int>().ShouldBe(3);
        json["accounts"]!.GetValue<int>().ShouldBe(2);
        json["optionGroups"]!.GetValue<int>().ShouldBe(expected.OptionGroups);
        json["proxies"]!.GetValue<int>().ShouldBe(1);
        json["subscriptions"]!.GetValue<int>().ShouldBe(1);
        json["engineVersions"]!.GetValue<int>().ShouldBe(5);
        json["majorVersions"]!.GetValue<int>().ShouldBe(4);
        json["automatedBackups"]!.GetValue<int>().ShouldBe(expected.Backups);
        json["clusters"]!.GetValue<int>().ShouldBe(2);
        json["clusterSnapshots"]!.GetValue<int>().ShouldBe(4);
        json["parameterGroups"]!.GetValue<int>().ShouldBeGreaterThan(0);
        json["clusterParameterGroups"]!.GetValue<int>().ShouldBeGreaterThan(0);
        json["trails"]!.GetValue<int>().ShouldBe(1);
        json["selectors"]!.GetValue<int>().ShouldBe(1);
        json["detectorStatus"]!.GetValue<string>().ShouldBe("ENABLED");
    }

    // Findings out to Security Hub in ASFF, one of them invalid, then read back with a filter.
    private const string SecurityHubScript = """
        import json, sys, boto3
        endpoint, account = sys.argv[1], sys.argv[2]
        hub = boto3.session.Session(region_name="us-east-1").client("securityhub", endpoint_url=endpoint)
        def finding(id, status):
            return {"SchemaVersion": "2018-10-08", "Id": id, "ProductArn": f"arn:aws:securityhub:us-east-1:{account}:product/{account}/default",
                    "GeneratorId": "rds-instance-no-public-access", "AwsAccountId": account, "Types": ["Software and Configuration Checks"],
                    "CreatedAt": "2026-01-14T10:00:00Z", "UpdatedAt": "2026-01-14T10:00:00Z", "Severity": {"Label": "HIGH"},
                    "Title": "RDS instance is not publicly accessible", "Description": "d", "Compliance": {"Status": status},
                    "Resources": [{"Type": "AwsRdsDbInstance", "Id": f"arn:aws:rds:us-east-1:{account}:db:{id}"}]}
        bad = finding("broken", "FAILED"); bad["AwsAccountId"] = "000000000000"
        imported = hub.batch_import_findings(Findings=[finding("db-1", "FAILED"), finding("db-2", "PASSED"), bad])
        failed = hub.get_findings(Filters={"ComplianceStatus": [{"Value": "FAILED", "Comparison": "EQUALS"}]})["Findings"]
        print(json.dumps({"success": imported["SuccessCount"], "failed": [f["Id"] for f in imported["FailedFindings"]], "failing": [f["Id"] for f in failed]}))
        """;

    [Fact]
    public async Task SecurityHub_Boto3_ImportsAsffAndFiltersFindings()
    {
        var python = await RequireBoto3Async();
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ExternalTool.RunAsync(python, ["-c", SecurityHubScript, sandbox.Server.Endpoint.ToString().TrimEnd('/'), sandbox.Account.AccountId],
            AwsCli.Environment(sandbox.Account.AccessKeyId, sandbox.Account.SecretAccessKey, null));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Json["success"]!.GetValue<int>().ShouldBe(2);
        result.Json["failed"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["broken"]);
        result.Json["failing"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["db-1"]);
        System.Text.Json.Nodes.JsonNode.Parse(sandbox.Server.RecordedEvents.ShouldHaveSingleItem())!["detail"]!["eventName"]!.GetValue<string>().ShouldBe("BatchImportFindings");
    }

    [Fact]
    public async Task CollectionPass_Boto3Paginators_SeeTheWholeEstate()
    {
        var python = await RequireBoto3Async();

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

    private static async Task<string> RequireBoto3Async()
    {
        var python = ExternalTool.Require("python3");
        var probe = await ExternalTool.RunAsync(python, ["-c", "import boto3"], new Dictionary<string, string?>());
        if (probe.ExitCode != 0)
        {
            ExternalTool.Require("python3", "boto3 is not importable by python3; the boto3 fidelity tests need it.");
        }

        return python;
    }
}
