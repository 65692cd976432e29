namespace Injector.Cli;

/// <summary>The streams a command reads and writes; tests pass their own to run commands in-process.</summary>
/// <param name="In">Standard input (read for <c>-f -</c>).</param>
/// <param name="Out">Standard output: the command's result only.</param>
/// <param name="Error">Standard error: errors and warnings.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>The process's own standard streams.</summary>
    public static CliConsole Standard => new(Console.In, Console.Out, Console.Error);
}
