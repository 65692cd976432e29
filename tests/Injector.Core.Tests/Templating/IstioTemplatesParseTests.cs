using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

using YamlDotNet.RepresentationModel;

namespace Injector.Core.Tests.Templating;

/// <summary>Every injection template shipped in the conformance kit's injector configs parses with the injection functions.</summary>
public sealed class IstioTemplatesParseTests
{
    public static TheoryData<string, string> Templates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in Directory.EnumerateFiles(Path.Combine(IstioConformanceKit.Root, "config"), "*.yaml").Order(StringComparer.Ordinal))
            {
                foreach (var name in ReadTemplates(path).Keys)
                {
                    data.Add(Path.GetFileName(path), name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parse_IstioInjectionTemplate_Succeeds(string configFile, string templateName)
    {
        var text = ReadTemplates(Path.Combine(IstioConformanceKit.Root, "config", configFile))[templateName];

        var template = GoTemplate.Parse(templateName, text, FunctionLibrary.CreateInjection());

        Assert.Equal(templateName, template.Name);
    }

    private static Dictionary<string, string> ReadTemplates(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("templates"), out var node) && node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                templates[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value ?? string.Empty;
            }
        }

        return templates;
    }
}
