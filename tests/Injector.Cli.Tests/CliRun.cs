namespace Injector.Cli.Tests;

/// <summary>One in-process run of the <c>injector</c> command line with captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun InvokeWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = InjectorCli.Run(args, new CliConsole(input, output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static CliRun Invoke(params string[] args) => InvokeWithInput(string.Empty, args);
}
