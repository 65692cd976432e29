namespace Injector.Core.Admission;

/// <summary>The user on whose behalf the API server asks.</summary>
public sealed class AdmissionUserInfo
{
    /// <summary>The user name.</summary>
    public string? Username { get; set; }

    /// <summary>The user's unique id.</summary>
    public string? Uid { get; set; }

    /// <summary>The user's groups.</summary>
    public IReadOnlyList<string>? Groups { get; set; }

    /// <summary>Extra attributes the authenticator provided.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Extra { get; set; }
}
