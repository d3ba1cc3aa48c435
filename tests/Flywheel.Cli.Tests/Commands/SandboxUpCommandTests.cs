using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Flywheel.Cli.Commands;
using Flywheel.Cli.Tests.Support;
using Flywheel.Core;
using Flywheel.Sandbox;

namespace Flywheel.Cli.Tests.Commands;

public sealed partial class SandboxUpCommandTests
{
    [Fact]
    public async Task SandboxUp_Running_ServesOnLoopbackAndStopsOnCancel()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = new ListeningWriter();
        var harness = new CliHarness();

        var run = harness.RunAsync(stdout, cts.Token, "sandbox", "up", "--port", "0", "--seed", "7", "--estate", """{"accounts": 1, "regions": ["eu-west-1"], "instancesPerRegion": 2}""");
        var endpoint = await stdout.Endpoint.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // An unsigned request is refused the way RDS refuses it: the server is up and speaking the query protocol.
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent([new("Action", "DescribeDBInstances"), new("Version", "2014-10-31")]);
        using var response = await http.PostAsync(endpoint, content, TestContext.Current.CancellationToken);
        await cts.CancelAsync();
        var result = await run;

        endpoint.Host.ShouldBe("127.0.0.1");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("<Code>");
        result.ExitCode.ShouldBe(ExitCodes.Success);
        stdout.ToString().ShouldContain("AWS_ACCESS_KEY_ID=");
        stdout.ToString().ShouldEndWith("Sandbox stopped.\n");
    }

    [Fact]
    public async Task SandboxUp_PortInUse_IsAnInputErrorNamingThePort()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await new CliHarness().RunAsync("sandbox", "up", "--port", port, "--estate", """{"accounts": 1, "regions": ["eu-west-1"], "instancesPerRegion": 1}""");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldContain($"--port {port}: 127.0.0.1:{port} is already in use");
    }

    [Fact]
    public void ReadSpec_UnknownMember_IsAnInputErrorNamingIt()
    {
        var error = Should.Throw<InputException>(() => SandboxUpCommand.ReadSpec<SandboxEstateSpec>("--estate", """{"acounts": 3}"""));

        error.Message.ShouldStartWith("--estate inline JSON");
        error.Message.ShouldContain("acounts");
    }

    [Fact]
    public void ReadSpec_InlineFaults_AreBound()
    {
        var faults = SandboxUpCommand.ReadSpec<SandboxFaultOptions>("--faults", """{"latency": "00:00:00.025", "throttleRatePerSecond": 5}""");

        faults.Latency.ShouldBe(TimeSpan.FromMilliseconds(25));
        faults.ThrottleRatePerSecond.ShouldBe(5);
    }

    [Fact]
    public async Task SandboxUp_BadPort_ExitsTwo()
    {
        var run = await new CliHarness().RunAsync("sandbox", "up", "--port", "70000");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInputError);
        run.Stderr.ShouldBe("--port 70000 is not a TCP port (0-65535)\n");
    }

    [GeneratedRegex(@"listening on (http://\S+)")]
    private static partial Regex Listening();

    /// <summary>Captures stdout and completes <see cref="Endpoint"/> once the sandbox says where it listens.</summary>
    private sealed class ListeningWriter : StringWriter
    {
        private readonly StringBuilder _seen = new();

        public ListeningWriter() => NewLine = "\n";

        public TaskCompletionSource<Uri> Endpoint { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Write(char value)
        {
            base.Write(value);
            lock (_seen)
            {
                _seen.Append(value);
                if (value == '\n' && Listening().Match(_seen.ToString()) is { Success: true } match)
                {
                    Endpoint.TrySetResult(new Uri(match.Groups[1].Value));
                }
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "")
            {
                Write(c);
            }
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteLineAsync(string? value)
        {
            Write(value + "\n");
            return Task.CompletedTask;
        }
    }
}
