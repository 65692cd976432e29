using Injector.Cli;

return InjectorCli.Run(args, CliConsole.Standard);
