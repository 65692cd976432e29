using System.CommandLine;
using System.CommandLine.Invocation;

using Injector.Cli.Commands;

namespace Injector.Cli;

/// <summary>The <c>injector</c> command line: builds the command tree and runs it against a <see cref="CliConsole"/>.</summary>
internal static class InjectorCli
{
    /// <summary>The root command with every subcommand, writing to <paramref name="console"/>.</summary>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new RootCommand("Istio-compatible sidecar injector: offline injection, injection audits and template debugging.")
        {
            KubeInjectCommand.Create(console),
            CheckCommand.Create(console),
            TemplateCommand.Create(console),
        };
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ParseResult parse = CreateRootCommand(console).Parse(args);
        if (parse.Action is ParseErrorAction parseError)
        {
            // Standard output carries manifests (often piped into kubectl): usage errors stay on standard error only.
            parseError.ShowHelp = false;
            parseError.ShowTypoCorrections = false;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
