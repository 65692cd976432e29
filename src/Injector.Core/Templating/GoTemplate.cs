namespace Injector.Core.Templating;

/// <summary>
/// A parsed Go <c>text/template</c> (with its <c>define</c>d templates), immutable and safe to execute concurrently:
/// parse once, execute many.
/// </summary>
public sealed class GoTemplate
{
    private GoTemplate(string name)
    {
        Name = name;
    }

    /// <summary>The template's name, used in error messages (<c>template: NAME:LINE:COL: ...</c>).</summary>
    public string Name { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="TemplateParseException"/> with Go's message.</summary>
    public static GoTemplate Parse(string name, string text, TemplateFunctionMap functions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(functions);
        return new GoTemplate(name);
    }

    /// <summary>Executes against <paramref name="data"/>; throws <see cref="TemplateExecutionException"/> with Go's message.</summary>
    public string Render(object? data)
    {
        using var writer = new StringWriter();
        Render(data, writer);
        return writer.ToString();
    }

    /// <summary>Executes against <paramref name="data"/>, writing to <paramref name="output"/>.</summary>
    public void Render(object? data, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        throw new NotImplementedException();
    }
}
