using Injector.Core.Config;

namespace Injector.Webhook.Options;

/// <summary>
/// The settings used for whatever the configured files do not provide (config, values, mesh): the embedded
/// default that lets the webhook start with no settings at all.
/// </summary>
internal interface IDefaultSettingsSource
{
    /// <summary>Where the defaults come from, for the start-up log.</summary>
    string Description { get; }

    /// <summary>The default inputs; process-wide fields (revision, platform, ...) are filled in from options afterwards.</summary>
    InjectionSettingsSource Load();
}
