using System.CommandLine;

using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

namespace Injector.Cli.Commands;

/// <summary>
/// <c>injector template</c>: renders a Go template against JSON data with the injection function library, for
/// debugging custom injection templates. The output is printed exactly as rendered.
/// </summary>
internal static class TemplateCommand
{
    /// <summary>Builds the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var template = new Option<string>("--template", "-t")
        {
            Description = "The template file (Go text/template with Sprig and Istio functions).",
            Required = true,
        }.RequireFileName();
        var data = new Option<string?>("--data") { Description = "A JSON file with the data the template sees as its dot (default: nil)." };

        var command = new Command("template", "Render a Go text/template against JSON data, as the injector renders its templates.")
        {
            template, data,
        };

        command.SetAction(parse =>
        {
            try
            {
                string templatePath = parse.GetRequiredValue(template);
                string text = File.ReadAllText(templatePath);
                string? dataPath = parse.GetValue(data);
                object? dot = dataPath is null ? null : JsonTemplateValue.Parse(File.ReadAllText(dataPath));
                GoTemplate parsed = GoTemplate.Parse(Path.GetFileName(templatePath), text, FunctionLibrary.CreateInjection());
                console.Out.Write(parsed.Render(dot));
                return 0;
            }
            catch (Exception e) when (CommandErrors.IsUserError(e))
            {
                return CommandErrors.Report(console, e);
            }
        });
        return command;
    }
}
