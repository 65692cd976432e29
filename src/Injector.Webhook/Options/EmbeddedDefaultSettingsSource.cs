using Injector.Core.Config;

namespace Injector.Webhook.Options;

/// <summary>
/// Defaults from the config, values and mesh config embedded in Injector.Core (built from <c>injection-templates/</c>),
/// the same ones the CLI uses, so the webhook starts with no files wherever it runs from.
/// </summary>
internal sealed class EmbeddedDefaultSettingsSource : IDefaultSettingsSource
{
    public string Description => "the embedded injection-templates";

    public InjectionSettingsSource Load() => EmbeddedDefaults.Source();
}
