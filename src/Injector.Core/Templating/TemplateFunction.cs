namespace Injector.Core.Templating;

/// <summary>
/// A function callable from a template, like an entry of Go's <c>template.FuncMap</c>. Arguments arrive evaluated,
/// in the engine's value model (see <see cref="ITemplateObject"/>). Throwing <see cref="TemplateFunctionException"/>
/// aborts execution the way a Go function returning a non-nil error does.
/// </summary>
public delegate object? TemplateFunction(ReadOnlySpan<object?> args);
