using System.Net;
using Flywheel.Sandbox.Auth;
using Flywheel.Sandbox.Events;
using Flywheel.Sandbox.Faults;
using Flywheel.Sandbox.Generation;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Services.CloudTrail;
using Flywheel.Sandbox.Services.Ec2;
using Flywheel.Sandbox.Services.GuardDuty;
using Flywheel.Sandbox.Services.Kms;
using Flywheel.Sandbox.Services.Organizations;
using Flywheel.Sandbox.Services.Rds;
using Flywheel.Sandbox.Services.SecretsManager;
using Flywheel.Sandbox.Services.SecurityHub;
using Flywheel.Sandbox.Services.Sqs;
using Flywheel.Sandbox.Services.Ssm;
using Flywheel.Sandbox.Services.Sts;
using Flywheel.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Flywheel.Sandbox;

/// <summary>The entry point: generates the estate and starts the AWS-compatible endpoint on 127.0.0.1.</summary>
public static class SandboxHost
{
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        var ids = new SandboxIds(options.Estate.Seed);
        var estate = new SandboxEstate(options, ids);
        var registry = new CredentialRegistry();
        var accounts = new EstateGenerator(options.Estate, estate, time.GetUtcNow()).Generate();
        foreach (var account in accounts)
        {
            registry.Register(new RegisteredCredential(account.AccessKeyId, account.SecretAccessKey, account.AccountId, account.UserArn, "AIDA" + account.AccessKeyId[4..]));
        }

        if (options.EventQueueName is { } queueName)
        {
            foreach (var region in estate.Regions)
            {
                lock (region.Gate)
                {
                    region.Queue(queueName, time.GetUtcNow());
                }
            }
        }

        var recorder = new CloudTrailRecorder(options.EventQueueName);
        IOperationHandler[] services =
        [
            new RdsService(),
            new Ec2Service(options.Estate.Regions),
            new KmsService(ids),
            new SecretsManagerService(),
            new CloudTrailService(estate),
            new GuardDutyService(),
            new SqsService(ids),
            new SsmService(ids),
            new SecurityHubService(),
            new OrganizationsService(accounts, time.GetUtcNow().AddYears(-3)),
            new StsService(registry, ids, [.. accounts.Select(a => a.AccountId)]),
        ];
        var faults = new FaultInjector(options.Faults, options.Estate.Seed);
        var handler = new SandboxRequestHandler(services, new SignatureVerifier(registry), estate, recorder, faults, time);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        // A request is served without blocking (the region lock is held for microseconds, latency is awaited), so it
        // runs on the thread that read it instead of being handed to the thread pool twice: fewer thread hops, wake-ups
        // and spinning threads per request, which real AWS would not charge to the client's machine.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        var app = builder.Build();
        app.Run(context => handler.HandleAsync(context, context.RequestAborted));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, new Uri(address), accounts, estate, recorder, faults);
    }
}
