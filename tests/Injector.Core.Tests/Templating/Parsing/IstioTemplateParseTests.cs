using Injector.Core.Templating;
using Injector.Core.Templating.Functions.Builtins;
using Injector.Core.Templating.Parsing;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Templating.Parsing;

/// <summary>Every injection template of the conformance kit's injector configs parses.</summary>
public sealed class IstioTemplateParseTests
{
    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in ConformanceKit.Instance.InjectionTemplates())
        {
            data.Add(template.ConfigFile + ":" + template.Name, template.Text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parse_IstioInjectionTemplate_Succeeds(string name, string text)
    {
        var template = GoTemplate.Parse(name, text, PlaceholderFunctions(text));

        Assert.Contains(name, template.DefinedTemplates);
    }

    [Fact]
    public void Templates_AreFound()
    {
        Assert.True(Templates().Count >= 4);
    }

    /// <summary>A no-op function for every non-builtin name the template calls, standing in for Sprig and Istio's.</summary>
    private static TemplateFunctionMap PlaceholderFunctions(string text)
    {
        var functions = new TemplateFunctionMap();
        foreach (var token in new Lexer(text, breakIsKeyword: true, continueIsKeyword: true).Lex())
        {
            if (token.Kind == TokenKind.Identifier && !BuiltinFunctions.TryGet(token.Text, out _))
            {
                functions.Set(token.Text, _ => null);
            }
        }

        return functions;
    }
}
