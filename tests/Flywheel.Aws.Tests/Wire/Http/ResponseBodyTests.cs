using System.Net;
using System.Text;
using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Tests.TestDoubles;
using Flywheel.Aws.Tests.Wire.Protocols;
using Flywheel.Aws.Wire;
using RdsModel = Flywheel.Aws.Clients.Rds.Model;

namespace Flywheel.Aws.Tests.Wire.Http;

/// <summary>The wire client reads bodies itself, into pooled buffers: with and without Content-Length, and when the connection breaks.</summary>
public sealed class ResponseBodyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DescribeDBInstances_StreamedBodyWithoutLength_ReadsPastTheInitialBuffer()
    {
        // 300 instances: far more than the 16 KiB the reader starts with when no Content-Length is given.
        var instances = string.Concat(Enumerable.Range(1, 300).Select(i => $"<DBInstance><DBInstanceIdentifier>db-{i}</DBInstanceIdentifier><Engine>postgres</Engine><AllocatedStorage>{i}</AllocatedStorage></DBInstance>"));
        var body = Encoding.UTF8.GetBytes($"<DescribeDBInstancesResponse><DescribeDBInstancesResult><DBInstances>{instances}</DBInstances></DescribeDBInstancesResult></DescribeDBInstancesResponse>");
        using var harness = new WireHarness();
        harness.Handler.Respond(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(body)) });

        var result = await harness.RunAsync(new RdsApi(harness.Client, WireHarness.Scope()).DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        body.Length.ShouldBeGreaterThan(16 * 1024);
        result.Value!.DBInstances!.Count.ShouldBe(300);
        result.Value.DBInstances[299].DBInstanceIdentifier.ShouldBe("db-300");
        result.Value.DBInstances[299].AllocatedStorage.ShouldBe(300);
    }

    [Fact]
    public async Task DescribeDBInstances_ConnectionBreaksMidBody_IsAConnectionErrorRetried()
    {
        var partial = Encoding.UTF8.GetBytes(WireBodies.RdsDescribeDbInstances(marker: null))[..100];
        using var harness = new WireHarness();
        harness.Handler
            .Respond(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream(partial)) })
            .Respond(200, WireBodies.RdsDescribeDbInstances(marker: null));

        var result = await harness.RunAsync(new RdsApi(harness.Client, WireHarness.Scope()).DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        result.Value!.DBInstances.ShouldHaveSingleItem().DBInstanceIdentifier.ShouldBe("bluelobster");
        harness.Handler.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task DescribeDBInstances_ConnectionBreaksEveryTime_ReportsConnectionError()
    {
        var partial = Encoding.UTF8.GetBytes(WireBodies.RdsDescribeDbInstances(marker: null))[..100];
        using var harness = new WireHarness(new Flywheel.Aws.Wire.Retries.RetryOptions { MaxAttempts = 1 });
        harness.Handler.Respond(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream(partial)) });

        var result = await harness.RunAsync(new RdsApi(harness.Client, WireHarness.Scope()).DescribeDBInstancesAsync(new RdsModel.DescribeDBInstancesRequest(), Ct));

        result.Error!.Code.ShouldBe(AwsError.ConnectionErrorCode);
        result.Error.Message.ShouldBe("The response ended prematurely.");
    }
}
