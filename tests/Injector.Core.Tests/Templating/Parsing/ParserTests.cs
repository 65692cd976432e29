using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating.Parsing;

public sealed class ParserTests
{
    private static string ParseError(string text) =>
        Assert.Throws<TemplateParseException>(() => GoTemplate.Parse("t", text, new TemplateFunctionMap())).Message;

    [Theory]
    [InlineData("{{if 1}}", "template: t:1: unexpected EOF")]
    [InlineData("{{end}}", "template: t:1: unexpected {{end}}")]
    [InlineData("{{$x}}", "template: t:1: undefined variable \"$x\"")]
    [InlineData("a\nb\n{{foo}}", "template: t:3: function \"foo\" not defined")]
    [InlineData("{{if true}}{{$v := 1}}{{end}}{{$v}}", "template: t:1: undefined variable \"$v\"")]
    [InlineData("{{break}}", "template: t:1: {{break}} outside {{range}}")]
    [InlineData("{{with 1}}{{else if 2}}{{end}}", "template: t:1: unexpected <if> in input")]
    [InlineData("{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}", "template: t:1: template: multiple definition of template \"a\"")]
    public void Parse_InvalidTemplate_FailsWithGoMessage(string text, string expected)
    {
        Assert.Equal(expected, ParseError(text));
    }

    [Fact]
    public void Parse_TrimMarkers_RemoveAdjacentWhitespaceIncludingNewlines()
    {
        var template = GoTemplate.Parse("t", "a \n\t {{- 1 -}} \n b{{-3}}", new TemplateFunctionMap());

        Assert.Equal("a1b-3", template.Render(null));
    }

    [Fact]
    public void Parse_CommentWithTrimMarkers_ProducesNothing()
    {
        var template = GoTemplate.Parse("t", "a \n {{- /* note\n spanning lines */ -}} \n b", new TemplateFunctionMap());

        Assert.Equal("ab", template.Render(null));
    }

    [Fact]
    public void Parse_DefineAndBlock_AreAddedToTheTemplateSet()
    {
        var template = GoTemplate.Parse("t", "{{define \"a\"}}A{{end}}{{block \"b\" .}}B{{end}}", new TemplateFunctionMap());

        Assert.Equal(["a", "b", "t"], template.DefinedTemplates.Order(StringComparer.Ordinal));
        Assert.Equal("B", template.Render(null));
    }

    [Fact]
    public void Parse_ErrorLine_CountsNewlinesInsideRawStringsAndComments()
    {
        Assert.Equal("template: t:3: function \"nope\" not defined", ParseError("{{/* a\n b */}}{{`x\n`}}{{nope}}"));
    }
}
