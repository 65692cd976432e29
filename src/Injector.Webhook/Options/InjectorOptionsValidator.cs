using System.Net;

using Microsoft.Extensions.Options;

namespace Injector.Webhook.Options;

/// <summary>Rejects settings the webhook cannot start with, naming the key.</summary>
internal sealed class InjectorOptionsValidator : IValidateOptions<InjectorOptions>
{
    public ValidateOptionsResult Validate(string? name, InjectorOptions options)
    {
        var failures = new List<string>();
        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"Injector:Port must be between 0 and 65535, not {options.Port}");
        }

        if (!IPAddress.TryParse(options.ListenAddress, out _))
        {
            failures.Add($"Injector:ListenAddress must be an IP address, not '{options.ListenAddress}'");
        }

        if (NativeSidecarDetector.ParseMode(options.NativeSidecars) is null)
        {
            failures.Add($"Injector:NativeSidecars must be true, false or auto, not '{options.NativeSidecars}'");
        }

        if (string.IsNullOrEmpty(options.CertFile) != string.IsNullOrEmpty(options.KeyFile))
        {
            failures.Add("Injector:CertFile and Injector:KeyFile must be set together");
        }

        if (options.FileCheckInterval <= TimeSpan.Zero)
        {
            failures.Add("Injector:FileCheckInterval must be positive");
        }

        foreach (var (key, path) in new[]
        {
            ("InjectConfigFile", options.InjectConfigFile), ("ValuesFile", options.ValuesFile), ("MeshConfigFile", options.MeshConfigFile),
            ("CertFile", options.CertFile), ("KeyFile", options.KeyFile),
        })
        {
            if (!string.IsNullOrEmpty(path) && !File.Exists(path))
            {
                failures.Add($"Injector:{key} names '{path}', which does not exist");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
