using Flywheel.Core.Inventory;

namespace Flywheel.Benchmarks.Evaluation;

/// <summary>
/// A seeded, synthetic estate for the evaluation benchmark: instances spread over accounts × regions, with
/// snapshots, keys, security groups, subnets, route tables, parameter groups and secrets, and a share of each
/// misconfiguration so every rule takes both paths.
/// </summary>
internal static class GeneratedEstate
{
    private static readonly string[] Engines = ["postgres", "mysql", "mariadb", "sqlserver-se", "oracle-ee", "aurora-postgresql", "aurora-mysql"];
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"];

    public static InventorySnapshot Create(int instances, int accounts = 20, int regionsPerAccount = 5, int seed = 42)
    {
        var random = new Random(seed);
        var regions = Regions.Take(regionsPerAccount).ToArray();
        var scopes = new List<InventoryScope>();
        var resources = new List<AwsResource>(instances * 4);
        var perScope = Math.Max(1, instances / (accounts * regions.Length));
        var now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var made = 0;

        for (var a = 0; a < accounts && made < instances; a++)
        {
            var account = (100000000000L + a).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var region in regions)
            {
                if (made >= instances)
                {
                    break;
                }

                scopes.Add(new InventoryScope(account, region));
                var keys = Enumerable.Range(0, 5).Select(k => Key(account, region, k, random, now)).ToArray();
                resources.AddRange(keys);
                var vpc = $"vpc-{a:x4}{region.GetHashCode(StringComparison.Ordinal) & 0xffff:x4}";
                var subnets = Enumerable.Range(0, 4).Select(s => new Subnet
                {
                    AccountId = account,
                    Region = region,
                    Arn = $"arn:aws:ec2:{region}:{account}:subnet/subnet-{s}",
                    SubnetId = $"subnet-{s}",
                    VpcId = vpc,
                    MapPublicIpOnLaunch = s == 0,
                }).ToArray();
                resources.AddRange(subnets);
                resources.Add(new RouteTable
                {
                    AccountId = account,
                    Region = region,
                    Arn = $"arn:aws:ec2:{region}:{account}:route-table/rtb-public",
                    RouteTableId = "rtb-public",
                    VpcId = vpc,
                    AssociatedSubnetIds = ["subnet-0"],
                    Routes = [new Route("0.0.0.0/0", null, "igw-1", null, "active")],
                });
                resources.Add(new RouteTable
                {
                    AccountId = account,
                    Region = region,
                    Arn = $"arn:aws:ec2:{region}:{account}:route-table/rtb-main",
                    RouteTableId = "rtb-main",
                    VpcId = vpc,
                    IsMain = true,
                    Routes = [new Route("0.0.0.0/0", null, null, "nat-1", "active")],
                });
                var groups = Enumerable.Range(0, Math.Max(1, perScope / 10)).Select(g => new SecurityGroup
                {
                    AccountId = account,
                    Region = region,
                    Arn = $"arn:aws:ec2:{region}:{account}:security-group/sg-{g}",
                    GroupId = $"sg-{g}",
                    VpcId = vpc,
                    Ingress = [new SecurityGroupRule { IpProtocol = "tcp", FromPort = 0, ToPort = 65535, Ipv4Ranges = [g % 7 == 0 ? "0.0.0.0/0" : "10.0.0.0/8"] }],
                }).ToArray();
                resources.AddRange(groups);
                foreach (var engine in Engines)
                {
                    resources.Add(new DbParameterGroup
                    {
                        AccountId = account,
                        Region = region,
                        Arn = $"arn:aws:rds:{region}:{account}:pg:pg-{engine}",
                        GroupName = "pg-" + engine,
                        IsCluster = false,
                        Parameters = new Dictionary<string, string?>(StringComparer.Ordinal) { ["rds.force_ssl"] = "1", ["require_secure_transport"] = "0" },
                    });
                    resources.Add(new EngineVersion { AccountId = account, Region = region, Arn = $"arn:aws:rds:{region}:{account}:engine-version/{engine}", Engine = engine, Version = "1.0", Status = "available" });
                }

                for (var i = 0; i < perScope && made < instances; i++, made++)
                {
                    var engine = Engines[random.Next(Engines.Length)];
                    var id = $"db-{made}";
                    var key = keys[random.Next(keys.Length)];
                    var bad = random.NextDouble() < 0.2;
                    var instance = new DbInstance
                    {
                        AccountId = account,
                        Region = region,
                        Arn = $"arn:aws:rds:{region}:{account}:db:{id}",
                        Identifier = id,
                        DbiResourceId = "db-R" + made,
                        Engine = engine,
                        EngineVersion = "1.0",
                        Status = "available",
                        PubliclyAccessible = bad,
                        Port = 5432,
                        VpcId = vpc,
                        SubnetIds = [subnets[random.Next(subnets.Length)].SubnetId],
                        VpcSecurityGroupIds = [groups[random.Next(groups.Length)].GroupId],
                        ParameterGroupNames = ["pg-" + engine],
                        StorageEncrypted = !bad,
                        KmsKeyId = bad ? null : key.Arn,
                        BackupRetentionPeriod = bad ? 1 : 14,
                        CopyTagsToSnapshot = !bad,
                        DeletionProtection = !bad,
                        IamDatabaseAuthenticationEnabled = !bad,
                        MasterUsername = bad ? "admin" : "app_owner",
                        MasterUserSecret = bad ? null : new MasterUserSecret($"arn:aws:secretsmanager:{region}:{account}:secret:rds!{id}", "active", key.Arn),
                        MonitoringInterval = bad ? 0 : 60,
                        EnabledCloudwatchLogsExports = bad ? [] : ["postgresql", "upgrade", "audit", "error", "general", "slowquery", "agent", "alert", "listener", "trace"],
                        AutoMinorVersionUpgrade = !bad,
                        PerformanceInsightsEnabled = true,
                        PerformanceInsightsKmsKeyId = key.Arn,
                        CaCertificateIdentifier = "rds-ca-rsa2048-g1",
                        CertificateValidTill = now.AddDays(bad ? 10 : 900),
                        MultiAz = true,
                        Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = bad ? "dev" : "prod", ["Owner"] = "team-" + (made % 13) },
                    };
                    resources.Add(instance);
                    resources.Add(new DbSnapshot
                    {
                        AccountId = account,
                        Region = region,
                        Arn = $"arn:aws:rds:{region}:{account}:snapshot:{id}-manual",
                        Kind = SnapshotKind.Instance,
                        Identifier = id + "-manual",
                        SourceIdentifier = id,
                        SnapshotType = "manual",
                        Encrypted = !bad,
                        KmsKeyId = bad ? null : key.Arn,
                        Status = "available",
                        RestoreAttributeValues = bad && random.NextDouble() < 0.1 ? ["all"] : [],
                    });
                    resources.Add(new Secret
                    {
                        AccountId = account,
                        Region = region,
                        Arn = $"arn:aws:secretsmanager:{region}:{account}:secret:app/{id}",
                        SecretName = "app/" + id,
                        RotationEnabled = !bad,
                        RotationAutomaticallyAfterDays = 30,
                        LastRotatedDate = now.AddDays(bad ? -200 : -5),
                        KmsKeyId = key.Arn,
                    });
                }
            }
        }

        return new InventorySnapshot(scopes, resources, [], now);
    }

    private static KmsKey Key(string account, string region, int k, Random random, DateTimeOffset now)
    {
        var id = $"{k:x8}-0000-4000-8000-{account}";
        return new KmsKey
        {
            AccountId = account,
            Region = region,
            Arn = $"arn:aws:kms:{region}:{account}:key/{id}",
            KeyId = id,
            KeyManager = k == 0 ? "AWS" : "CUSTOMER",
            KeySpec = k == 4 ? "RSA_2048" : "SYMMETRIC_DEFAULT",
            KeyUsage = k == 4 ? "SIGN_VERIFY" : "ENCRYPT_DECRYPT",
            Origin = "AWS_KMS",
            KeyState = "Enabled",
            Enabled = true,
            CreationDate = now.AddDays(-800),
            RotationEnabled = random.NextDouble() < 0.7,
            RotationPeriodInDays = 365,
            Rotations = [new KeyRotation(now.AddDays(-random.Next(10, 500)), "AUTOMATIC")],
            Policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"kms:*","Resource":"*"}]}""",
            Grants = [],
            Aliases = k == 0 ? ["alias/aws/rds"] : [$"alias/app-{k}"],
        };
    }
}
