namespace Flywheel.Aws.Tests.Wire.Protocols;

/// <summary>Response bodies shaped as the real services send them (values from recorded responses).</summary>
internal static class WireBodies
{
    public static string RdsDescribeDbInstances(string? marker, string identifier = "bluelobster") => $"""
        <DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">
          <DescribeDBInstancesResult>
            {(marker is null ? "" : $"<Marker>{marker}</Marker>")}
            <DBInstances>
              <DBInstance>
                <DBInstanceIdentifier>{identifier}</DBInstanceIdentifier>
                <Engine>mysql</Engine>
                <EngineVersion>5.6.27</EngineVersion>
                <DBInstanceStatus>available</DBInstanceStatus>
                <PubliclyAccessible>true</PubliclyAccessible>
                <StorageEncrypted>false</StorageEncrypted>
                <AllocatedStorage>5</AllocatedStorage>
                <BackupRetentionPeriod>7</BackupRetentionPeriod>
                <InstanceCreateTime>2016-07-28T18:44:18.889Z</InstanceCreateTime>
                <Endpoint>
                  <Address>bluelobster.cnhganveedh2.us-west-2.rds.amazonaws.com</Address>
                  <Port>3306</Port>
                </Endpoint>
                <VpcSecurityGroups>
                  <VpcSecurityGroupMembership>
                    <VpcSecurityGroupId>sg-f9cc4d9f</VpcSecurityGroupId>
                    <Status>active</Status>
                  </VpcSecurityGroupMembership>
                </VpcSecurityGroups>
                <DBSubnetGroup>
                  <DBSubnetGroupName>default</DBSubnetGroupName>
                  <VpcId>vpc-4a9ff72e</VpcId>
                  <Subnets>
                    <Subnet><SubnetIdentifier>subnet-15452171</SubnetIdentifier><SubnetStatus>Active</SubnetStatus></Subnet>
                    <Subnet><SubnetIdentifier>subnet-63c97615</SubnetIdentifier><SubnetStatus>Active</SubnetStatus></Subnet>
                  </Subnets>
                </DBSubnetGroup>
                <EnabledCloudwatchLogsExports>
                  <member>postgresql</member>
                  <member>upgrade</member>
                </EnabledCloudwatchLogsExports>
                <TagList>
                  <Tag><Key>owner</Key><Value>george</Value></Tag>
                </TagList>
              </DBInstance>
            </DBInstances>
          </DescribeDBInstancesResult>
          <ResponseMetadata>
            <RequestId>5e2f6d8a-4f4e-4e8b-9d8b-6f1f0f0f0f0f</RequestId>
          </ResponseMetadata>
        </DescribeDBInstancesResponse>
        """;

    public static string Ec2DescribeSecurityGroups(string? nextToken) => $"""
        <DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <securityGroupInfo>
            <item>
              <ownerId>123456789012</ownerId>
              <groupId>sg-1a2b3c4d</groupId>
              <groupName>db</groupName>
              <groupDescription>database</groupDescription>
              <vpcId>vpc-1a2b3c4d</vpcId>
              <ipPermissions>
                <item>
                  <ipProtocol>tcp</ipProtocol>
                  <fromPort>5432</fromPort>
                  <toPort>5432</toPort>
                  <groups/>
                  <ipRanges>
                    <item><cidrIp>0.0.0.0/0</cidrIp></item>
                  </ipRanges>
                  <ipv6Ranges/>
                  <prefixListIds/>
                </item>
              </ipPermissions>
              <ipPermissionsEgress/>
            </item>
          </securityGroupInfo>
          {(nextToken is null ? "" : $"<nextToken>{nextToken}</nextToken>")}
        </DescribeSecurityGroupsResponse>
        """;

    public static string QueryError(string type, string code, string message, string requestId) => $"""
        <ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">
          <Error>
            <Type>{type}</Type>
            <Code>{code}</Code>
            <Message>{message}</Message>
          </Error>
          <RequestId>{requestId}</RequestId>
        </ErrorResponse>
        """;

    public static string Ec2Error(string code, string message, string requestId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors><RequestID>{requestId}</RequestID></Response>
        """;
}
