using Injector.Webhook.Telemetry;
using Injector.Webhook.Tls;

using Microsoft.Extensions.Options;

namespace Injector.Webhook.Options;

/// <summary>Checks the watched files (settings and serving certificate) at a fixed interval.</summary>
internal sealed partial class FileChangeWatcher(
    InjectionSettingsProvider settings,
    CertificateHolder certificate,
    IOptions<InjectorOptions> options,
    TimeProvider timeProvider,
    ILogger<FileChangeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FileCheckInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    settings.CheckForChanges();
                    certificate.CheckForChanges();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A check must never stop the watching; the next tick tries again.
                    Log.FileCheckFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.FileCheckFailed, Level = LogLevel.Error, Message = "Checking the watched files failed")]
        public static partial void FileCheckFailed(ILogger logger, Exception exception);
    }
}
