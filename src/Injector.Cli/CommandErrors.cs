using Injector.Core.Templating;
using Injector.Core.Workloads;

namespace Injector.Cli;

/// <summary>
/// The errors a command reports on standard error with exit code 1, as opposed to bugs, which are left to crash with
/// their stack trace. Every one of them carries a message that names the file, document or flag at fault.
/// </summary>
internal static class CommandErrors
{
    /// <summary>
    /// True for what bad input raises: a file that cannot be read or written (<see cref="IOException"/>,
    /// <see cref="UnauthorizedAccessException"/>); settings that do not load (<see cref="InvalidDataException"/>, from
    /// the settings files and <c>InjectionSettings.Load</c>); a manifest that cannot be read or injected
    /// (<see cref="ManifestException"/>); a malformed flag value (<see cref="FormatException"/>); template data that is
    /// not JSON (<see cref="System.Text.Json.JsonException"/>); a template that does not parse or execute
    /// (<see cref="TemplateException"/>).
    /// </summary>
    public static bool IsUserError(Exception e) => e is IOException or UnauthorizedAccessException or InvalidDataException
        or ManifestException or FormatException or System.Text.Json.JsonException or TemplateException;

    /// <summary>Writes the error as the commands print it; a template error already reads like Go's.</summary>
    public static int Report(CliConsole console, Exception e)
    {
        console.Error.WriteLine(e is TemplateException ? e.Message : $"Error: {e.Message}");
        return 1;
    }
}
