using Flywheel.Core.Inventory;

namespace Flywheel.TestKit;

/// <summary>
/// Data that does not matter to a test: well-formed resources in a secure state, to be changed with <c>with</c>.
/// </summary>
public static class Some
{
    public const string Account = "123456789012";
    public const string OtherAccount = "210987654321";
    public const string Region = "us-east-1";
    public const string VpcId = "vpc-0a1b2c3d";
    public const string PrivateSubnetId = "subnet-private1";
    public const string PublicSubnetId = "subnet-public1";
    public const string SecurityGroupId = "sg-0db00000000000001";
    public const string KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string KeyArn(string keyId = KeyId, string account = Account, string region = Region) => $"arn:aws:kms:{region}:{account}:key/{keyId}";

    public static DbInstance Instance(string id = "db-1", string engine = "postgres", string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:rds:{region}:{account}:db:{id}",
        Identifier = id,
        DbiResourceId = "db-" + id.ToUpperInvariant(),
        Engine = engine,
        EngineVersion = engine switch
        {
            "postgres" => "16.4",
            "mysql" => "8.0.39",
            "mariadb" => "10.11.9",
            "aurora-postgresql" => "16.4",
            "aurora-mysql" => "8.0.mysql_aurora.3.07.1",
            _ => "19.0.0.0.ru-2024-10.rur-2024-10.r1",
        },
        InstanceClass = "db.r6g.large",
        Status = "available",
        PubliclyAccessible = false,
        Port = engine.Contains("postgres", StringComparison.Ordinal) ? 5432 : engine.StartsWith("sqlserver", StringComparison.Ordinal) ? 1433 : engine.StartsWith("oracle", StringComparison.Ordinal) ? 1521 : 3306,
        VpcId = VpcId,
        SubnetGroupName = "private",
        SubnetIds = [PrivateSubnetId],
        VpcSecurityGroupIds = [SecurityGroupId],
        ParameterGroupNames = ["secure-" + engine],
        OptionGroupNames = ["default:" + engine],
        StorageEncrypted = true,
        KmsKeyId = KeyArn(account: account, region: region),
        BackupRetentionPeriod = 14,
        CopyTagsToSnapshot = true,
        DeletionProtection = true,
        IamDatabaseAuthenticationEnabled = true,
        MasterUsername = "flywheel_admin",
        MasterUserSecret = new MasterUserSecret($"arn:aws:secretsmanager:{region}:{account}:secret:rds!db-{id}-AbCdEf", "active", KeyArn(account: account, region: region)),
        MonitoringInterval = 60,
        EnabledCloudwatchLogsExports = ["postgresql", "upgrade", "audit", "error", "general", "slowquery", "agent", "alert", "listener", "trace"],
        AutoMinorVersionUpgrade = true,
        PerformanceInsightsEnabled = true,
        PerformanceInsightsKmsKeyId = KeyArn(account: account, region: region),
        CaCertificateIdentifier = "rds-ca-rsa2048-g1",
        CertificateValidTill = new DateTimeOffset(2061, 5, 20, 0, 0, 0, TimeSpan.Zero),
        MultiAz = true,
        StorageType = "gp3",
        AllocatedStorageGiB = 100,
        InstanceCreateTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = "prod", ["Owner"] = "team-data" },
    };

    public static DbCluster Cluster(string id = "cluster-1", string engine = "aurora-postgresql", string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:rds:{region}:{account}:cluster:{id}",
        Identifier = id,
        ClusterResourceId = "cluster-" + id.ToUpperInvariant(),
        Engine = engine,
        EngineVersion = engine == "aurora-mysql" ? "8.0.mysql_aurora.3.07.1" : "16.4",
        EngineMode = "provisioned",
        Status = "available",
        Port = engine.Contains("postgres", StringComparison.Ordinal) ? 5432 : 3306,
        SubnetGroupName = "private",
        VpcSecurityGroupIds = [SecurityGroupId],
        ParameterGroupName = "secure-" + engine,
        MemberInstanceIdentifiers = [id + "-instance-1"],
        StorageEncrypted = true,
        KmsKeyId = KeyArn(account: account, region: region),
        BackupRetentionPeriod = 14,
        CopyTagsToSnapshot = true,
        DeletionProtection = true,
        IamDatabaseAuthenticationEnabled = true,
        MasterUsername = "flywheel_admin",
        MasterUserSecret = new MasterUserSecret($"arn:aws:secretsmanager:{region}:{account}:secret:rds!cluster-{id}-AbCdEf", "active", KeyArn(account: account, region: region)),
        EnabledCloudwatchLogsExports = ["postgresql", "audit", "error", "general", "slowquery"],
        AutoMinorVersionUpgrade = true,
        MonitoringInterval = 60,
        PerformanceInsightsEnabled = true,
        PerformanceInsightsKmsKeyId = KeyArn(account: account, region: region),
        MultiAz = true,
        ClusterCreateTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["Environment"] = "prod", ["Owner"] = "team-data" },
    };

    public static DbSnapshot Snapshot(string id = "snap-1", SnapshotKind kind = SnapshotKind.Instance, string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = kind == SnapshotKind.Cluster ? $"arn:aws:rds:{region}:{account}:cluster-snapshot:{id}" : $"arn:aws:rds:{region}:{account}:snapshot:{id}",
        Kind = kind,
        Identifier = id,
        SourceIdentifier = kind == SnapshotKind.Cluster ? "cluster-1" : "db-1",
        SnapshotType = "manual",
        Engine = kind == SnapshotKind.Cluster ? "aurora-postgresql" : "postgres",
        Status = "available",
        Encrypted = true,
        KmsKeyId = KeyArn(account: account, region: region),
        SnapshotCreateTime = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        AllocatedStorageGiB = 100,
        RestoreAttributeValues = [],
    };

    public static DbParameterGroup ParameterGroup(string name = "secure-postgres", bool isCluster = false, IReadOnlyDictionary<string, string?>? parameters = null, string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = isCluster ? $"arn:aws:rds:{region}:{account}:cluster-pg:{name}" : $"arn:aws:rds:{region}:{account}:pg:{name}",
        GroupName = name,
        IsCluster = isCluster,
        Family = "postgres16",
        Parameters = parameters ?? new Dictionary<string, string?>(StringComparer.Ordinal) { ["rds.force_ssl"] = "1" },
    };

    public static KmsKey Key(string keyId = KeyId, string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = KeyArn(keyId, account, region),
        KeyId = keyId,
        KeyManager = "CUSTOMER",
        KeySpec = "SYMMETRIC_DEFAULT",
        KeyUsage = "ENCRYPT_DECRYPT",
        Origin = "AWS_KMS",
        KeyState = "Enabled",
        Enabled = true,
        CreationDate = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        MultiRegion = false,
        RotationEnabled = true,
        RotationPeriodInDays = 365,
        NextRotationDate = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Rotations = [new KeyRotation(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "AUTOMATIC")],
        Policy = $$"""{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"kms:*","Resource":"*"}]}""",
        Grants = [],
        Aliases = ["alias/rds-data"],
    };

    public static SecurityGroup SecurityGroup(string groupId = SecurityGroupId, string account = Account, string region = Region, params SecurityGroupRule[] ingress) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:ec2:{region}:{account}:security-group/{groupId}",
        GroupId = groupId,
        GroupName = "db-access",
        VpcId = VpcId,
        Ingress = ingress.Length > 0 ? ingress : [new SecurityGroupRule { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["10.0.0.0/16"] }],
    };

    public static Subnet Subnet(string subnetId = PrivateSubnetId, string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:ec2:{region}:{account}:subnet/{subnetId}",
        SubnetId = subnetId,
        VpcId = VpcId,
        AvailabilityZone = region + "a",
        CidrBlock = "10.0.1.0/24",
        MapPublicIpOnLaunch = false,
    };

    /// <summary>A route table; with <paramref name="toInternetGateway"/> it holds a default route to an internet gateway.</summary>
    public static RouteTable RouteTable(string routeTableId, bool toInternetGateway, string[] subnetIds, bool isMain = false, string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:ec2:{region}:{account}:route-table/{routeTableId}",
        RouteTableId = routeTableId,
        VpcId = VpcId,
        IsMain = isMain,
        AssociatedSubnetIds = subnetIds,
        Routes = toInternetGateway
            ? [new Route("10.0.0.0/16", null, "local", null, "active"), new Route("0.0.0.0/0", null, "igw-0abc", null, "active")]
            : [new Route("10.0.0.0/16", null, "local", null, "active"), new Route("0.0.0.0/0", null, null, "nat-0abc", "active")],
    };

    public static Secret Secret(string name = "app/db", string account = Account, string region = Region) => new()
    {
        AccountId = account,
        Region = region,
        Arn = $"arn:aws:secretsmanager:{region}:{account}:secret:{name}-AbCdEf",
        SecretName = name,
        RotationEnabled = true,
        RotationAutomaticallyAfterDays = 30,
        RotationLambdaArn = $"arn:aws:lambda:{region}:{account}:function:rotate",
        LastRotatedDate = new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero),
        LastChangedDate = new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero),
        NextRotationDate = new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero),
        CreatedDate = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        KmsKeyId = KeyArn(account: account, region: region),
    };
}
