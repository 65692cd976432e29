using System.CommandLine;

namespace Injector.Cli;

/// <summary>Checks shared by options that name a file, so an empty name is a usage error rather than a crash.</summary>
internal static class PathOptions
{
    /// <summary>Rejects an empty or blank file name for <paramref name="option"/>.</summary>
    public static T RequireFileName<T>(this T option)
        where T : Option<string>
    {
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"{option.Name} needs a file name");
            }
        });
        return option;
    }
}
