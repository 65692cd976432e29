using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Webhook.Telemetry;

using Microsoft.Extensions.Options;

namespace Injector.Webhook.Options;

/// <summary>
/// Holds the current <see cref="InjectionSettings"/> snapshot. The first load happens at start-up and fails it when
/// the configuration is bad; afterwards the config, values and mesh files are re-read on every check and a valid
/// change swaps the snapshot atomically, while an invalid one is logged and the last good snapshot keeps serving.
/// </summary>
internal sealed partial class InjectionSettingsProvider
{
    private readonly InjectorOptions options;
    private readonly IDefaultSettingsSource defaults;
    private readonly ILogger<InjectionSettingsProvider> logger;
    private readonly InjectorMetrics metrics;
    private readonly Lock gate = new();
    private readonly bool nativeSidecars;
    private InjectionSettings? current;
    private string? lastAttemptHash;
    private string? lastReloadError;
    private int generation;

    public InjectionSettingsProvider(
        IOptions<InjectorOptions> options,
        IDefaultSettingsSource defaults,
        NativeSidecarDetector nativeSidecarDetector,
        ILogger<InjectionSettingsProvider> logger,
        InjectorMetrics metrics)
    {
        this.metrics = metrics;
        this.options = options.Value;
        this.defaults = defaults;
        this.logger = logger;
        nativeSidecars = nativeSidecarDetector.Resolve(this.options.NativeSidecars);
    }

    /// <summary>The snapshot to serve with; read once per request.</summary>
    public InjectionSettings Current => Volatile.Read(ref current) ?? throw new InvalidOperationException("the injection settings are not loaded yet");

    /// <summary>Whether a snapshot is loaded.</summary>
    public bool IsLoaded => Volatile.Read(ref current) is not null;

    // Written under the gate by the file watcher, read without it by requests and probes.

    /// <summary>Why the last change on disk was not taken; null once a change loads.</summary>
    public string? LastReloadError => Volatile.Read(ref lastReloadError);

    /// <summary>How many snapshots have been loaded, the first included.</summary>
    public int Generation => Volatile.Read(ref generation);

    /// <summary>Loads the first snapshot; throws <see cref="InvalidOperationException"/> with a message naming the bad input.</summary>
    public void LoadInitial()
    {
        lock (gate)
        {
            if (current is not null)
            {
                return;
            }

            WatchedFiles files;
            InjectionSettings settings;
            try
            {
                files = ReadFiles();
                settings = Build(files);
            }
            catch (Exception ex) when (IsBadInput(ex))
            {
                throw new InvalidOperationException($"The injection settings cannot be loaded at start-up: {ex.Message}", ex);
            }

            lastAttemptHash = files.Hash;
            Swap(settings);
            if (string.IsNullOrEmpty(options.InjectConfigFile))
            {
                Log.SettingsFromEmbeddedDefault(logger, defaults.Description);
            }

            Log.SettingsLoaded(logger, Describe(options.InjectConfigFile), Describe(options.ValuesFile), Describe(options.MeshConfigFile));
        }
    }

    /// <summary>Re-reads the files and swaps in a new snapshot if they changed and are valid; returns whether it swapped.</summary>
    public bool CheckForChanges()
    {
        lock (gate)
        {
            WatchedFiles files;
            try
            {
                files = ReadFiles();
            }
            catch (IOException ex)
            {
                // Mid-swap of a ConfigMap mount a file can briefly vanish; keep serving and look again next time.
                if (lastAttemptHash != ex.Message)
                {
                    lastAttemptHash = ex.Message;
                    Volatile.Write(ref lastReloadError, ex.Message);
                    metrics.ConfigReloaded(succeeded: false);
                    Log.SettingsReloadFailed(logger, ex.Message);
                }

                return false;
            }

            if (files.Hash == lastAttemptHash)
            {
                return false;
            }

            lastAttemptHash = files.Hash;
            try
            {
                Swap(Build(files));
            }
            catch (Exception ex) when (IsBadInput(ex))
            {
                Volatile.Write(ref lastReloadError, ex.Message);
                metrics.ConfigReloaded(succeeded: false);
                Log.SettingsReloadFailed(logger, ex.Message);
                return false;
            }

            Volatile.Write(ref lastReloadError, null);
            metrics.ConfigReloaded(succeeded: true);
            Log.SettingsReloaded(logger, Generation);
            return true;
        }
    }

    private void Swap(InjectionSettings settings)
    {
        Volatile.Write(ref current, settings);
        Interlocked.Increment(ref generation);
    }

    private WatchedFiles ReadFiles() => WatchedFiles.Read(options.InjectConfigFile, options.ValuesFile, options.MeshConfigFile);

    private InjectionSettings Build(WatchedFiles files)
    {
        var fallback = files.Contents[0] is null || files.Contents[1] is null || files.Contents[2] is null ? defaults.Load() : null;
        var values = files.Contents[1] ?? fallback?.Values;
        if (!string.IsNullOrWhiteSpace(values))
        {
            CheckValues(values);
        }

        return InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = files.Contents[0] ?? fallback!.Config,
            Values = values,
            MeshConfig = files.Contents[2] ?? fallback?.MeshConfig,
            Revision = options.Revision,
            NativeSidecars = nativeSidecars,
            Platform = options.Platform,
            CompliancePolicy = options.CompliancePolicy,
        });
    }

    /// <summary>Values must be a JSON object; catching this here names the file, where a later failure could not.</summary>
    private void CheckValues(string values)
    {
        try
        {
            if (JsonNode.Parse(values) is not JsonObject)
            {
                throw new InvalidDataException($"values ({Describe(options.ValuesFile)}) must be a JSON object");
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"values ({Describe(options.ValuesFile)}) are not valid JSON: {ex.Message}", ex);
        }
    }

    private static string Describe(string? path) => string.IsNullOrEmpty(path) ? "embedded default" : path;

    private static bool IsBadInput(Exception ex) =>
        ex is InvalidDataException or IOException or FormatException or JsonException or ArgumentException or NotSupportedException
            or InvalidOperationException;

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.SettingsLoaded, Level = LogLevel.Information,
            Message = "Injection settings loaded (config: {Config}, values: {Values}, mesh: {Mesh})")]
        public static partial void SettingsLoaded(ILogger logger, string config, string values, string mesh);

        [LoggerMessage(EventId = LogEventIds.SettingsReloaded, Level = LogLevel.Information,
            Message = "Injection settings changed on disk and were reloaded (generation {Generation})")]
        public static partial void SettingsReloaded(ILogger logger, int generation);

        [LoggerMessage(EventId = LogEventIds.SettingsReloadFailed, Level = LogLevel.Error,
            Message = "Injection settings changed on disk but are invalid; the last good settings keep serving: {Reason}")]
        public static partial void SettingsReloadFailed(ILogger logger, string reason);

        [LoggerMessage(EventId = LogEventIds.SettingsFromEmbeddedDefault, Level = LogLevel.Information,
            Message = "No Injector:InjectConfigFile set: using the embedded default from {Source}")]
        public static partial void SettingsFromEmbeddedDefault(ILogger logger, string source);
    }
}
