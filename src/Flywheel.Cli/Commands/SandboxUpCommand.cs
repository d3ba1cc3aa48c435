using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Flywheel.Core;
using Flywheel.Sandbox;

namespace Flywheel.Cli.Commands;

/// <summary>
/// <c>flywheel sandbox up</c>: runs the AWS-compatible sandbox on loopback until interrupted, and prints its endpoint
/// and test credentials so any AWS client (the AWS CLI, boto3, Flywheel) can be pointed at it.
/// </summary>
internal sealed class SandboxUpCommand
{
    private static readonly JsonSerializerOptions SpecJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly CliServices _services;

    private readonly Option<int> _port = new("--port")
    {
        Description = "The loopback port to listen on; 0 picks a free one.",
        DefaultValueFactory = _ => 0,
        HelpName = "PORT",
    };

    private readonly Option<string?> _estate = new("--estate")
    {
        Description = "The generated estate: a JSON file or inline JSON of SandboxEstateSpec (accounts, regions, instancesPerRegion, clusterShare, keysPerRegion, secretsPerRegion, securityGroupsPerRegion, misconfigurationRate, misconfigurationRates, …).",
        HelpName = "SPEC",
    };

    private readonly Option<string?> _faults = new("--faults")
    {
        Description = "Injected faults: a JSON file or inline JSON of SandboxFaultOptions (latency \"00:00:00.025\", latencyJitter, serverErrorRate, dropConnectionRate, vanishRate, throttleRatePerSecond, throttleBurst, services [\"rds\", …]).",
        HelpName = "SPEC",
    };

    private readonly Option<int?> _seed = new("--seed")
    {
        Description = "The estate seed: the same seed (and spec) always generates the same estate.",
        HelpName = "N",
    };

    private SandboxUpCommand(CliServices services)
    {
        _services = services;
    }

    public static Command Create(CliServices services)
    {
        var up = new SandboxUpCommand(services);
        var command = new Command("up", "Run the sandbox on 127.0.0.1 until interrupted (Ctrl+C), printing its endpoint and credentials.")
        {
            up._port, up._estate, up._faults, up._seed,
        };
        command.SetAction(up.ExecuteAsync);
        return command;
    }

    /// <summary>Reads a spec given as a file path or as inline JSON; a bad one is an input error naming the problem.</summary>
    internal static T ReadSpec<T>(string option, string? value)
        where T : new()
    {
        if (value is null)
        {
            return new T();
        }

        var (text, origin) = value.TrimStart().StartsWith('{') ? (value, "inline JSON") : (ReadFile(option, value), value);
        try
        {
            return JsonSerializer.Deserialize<T>(text, SpecJson) ?? new T();
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new InputException($"{option} {origin}{where}: {e.Message}", e);
        }
    }

    private static string ReadFile(string option, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot read '{path}': {e.Message}", e);
        }
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var port = parseResult.GetValue(_port);
        if (port is < 0 or > 65535)
        {
            throw new InputException($"--port {port} is not a TCP port (0-65535)");
        }

        var estate = ReadSpec<SandboxEstateSpec>("--estate", parseResult.GetValue(_estate));
        if (parseResult.GetValue(_seed) is { } seed)
        {
            estate = estate with { Seed = seed };
        }

        var options = new SandboxOptions
        {
            Port = port,
            Estate = estate,
            Faults = ReadSpec<SandboxFaultOptions>("--faults", parseResult.GetValue(_faults)),
        };
        SandboxServer server;
        try
        {
            server = await SandboxHost.StartAsync(options, _services.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException($"--port {port}: 127.0.0.1:{port} is already in use (another sandbox?); choose another port, or 0 for any free one", e);
        }

        await using (server.ConfigureAwait(false))
        {
            var region = estate.Regions.Count > 0 ? estate.Regions[0] : "us-east-1";
            await _services.Stdout.WriteAsync(server.Describe()).ConfigureAwait(false);
            await _services.Stdout.WriteLineAsync($"Try: AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… aws --endpoint-url {server.Endpoint} --region {region} rds describe-db-instances").ConfigureAwait(false);
            await _services.Stdout.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            await _services.Stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, _services.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C is how a sandbox is meant to stop.
            }

            await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await _services.Stdout.WriteLineAsync("Sandbox stopped.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
