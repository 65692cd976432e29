using System.Collections.Frozen;
using System.Text;

using Injector.Core.Templating.Execution;
using Injector.Core.Templating.Parsing;

namespace Injector.Core.Templating;

/// <summary>
/// A parsed Go <c>text/template</c> (with its <c>define</c>d templates), immutable and safe to execute concurrently:
/// parse once, execute many.
/// </summary>
public sealed class GoTemplate
{
    private readonly ParsedTemplates _templates;

    // The size of the last output, so the next render's buffer starts large enough; a hint only, so racing
    // renders may overwrite it freely.
    private int _outputSizeHint = 1024;

    private GoTemplate(string name, ParsedTemplates templates)
    {
        Name = name;
        _templates = templates;
    }

    /// <summary>The template's name, used in error messages (<c>template: NAME:LINE:COL: ...</c>).</summary>
    public string Name { get; }

    /// <summary>Names of the templates this source defines (its own name included), for lookups and diagnostics.</summary>
    public IReadOnlyCollection<string> DefinedTemplates => _templates.Definitions.Keys;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="TemplateParseException"/> with Go's message.</summary>
    public static GoTemplate Parse(string name, string text, TemplateFunctionMap functions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(functions);
        FrozenDictionary<string, TemplateFunction> frozen = functions.Freeze();
        return new GoTemplate(name, Parser.Parse(name, text, frozen, functions.FreezeSignatures()));
    }

    /// <summary>Executes against <paramref name="data"/>; throws <see cref="TemplateExecutionException"/> with Go's message.</summary>
    public string Render(object? data)
    {
        var output = new StringBuilder(_outputSizeHint);
        TemplateExecutor.Execute(_templates, data, output);
        _outputSizeHint = Math.Max(1024, output.Length + 256);
        return output.ToString();
    }

    /// <summary>Executes against <paramref name="data"/>, writing to <paramref name="output"/>.</summary>
    public void Render(object? data, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new StringBuilder(1024);
        try
        {
            TemplateExecutor.Execute(_templates, data, buffer);
        }
        finally
        {
            // Like Go, whatever was produced before a failure still reaches the writer.
            foreach (var chunk in buffer.GetChunks())
            {
                output.Write(chunk.Span);
            }
        }
    }
}
