using Injector.Core.Templating;
using Injector.Core.Templating.Functions.Builtins;
using Injector.Core.Templating.Parsing;

using YamlDotNet.RepresentationModel;

namespace Injector.Core.Tests.Templating.Parsing;

/// <summary>Every injection template of the conformance kit's injector configs parses.</summary>
public sealed class IstioTemplateParseTests
{
    /// <summary>The conformance kit's root; INJECTOR_CONFORMANCE_DIR overrides the default location.</summary>
    private static readonly string KitFolder =
        Environment.GetEnvironmentVariable("INJECTOR_CONFORMANCE_DIR") ?? "/work/shared/conformance/istio";

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(FindConfigFolder(), "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            if (!root.Children.TryGetValue(new YamlScalarNode("templates"), out var templates))
            {
                continue;
            }

            foreach (var (name, text) in ((YamlMappingNode)templates).Children)
            {
                data.Add(Path.GetFileName(file) + ":" + ((YamlScalarNode)name).Value, ((YamlScalarNode)text).Value!);
            }
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

    private static string FindConfigFolder()
    {
        string folder = Path.Combine(KitFolder, "config");
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException(folder);
    }
}
