using Injector.Core.Templating;
using Injector.Core.Templating.Functions;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Templating;

/// <summary>Every injection template shipped in the conformance kit's injector configs parses with the injection functions.</summary>
public sealed class IstioTemplatesParseTests
{
    public static TheoryData<string, string> Templates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var template in ConformanceKit.Instance.InjectionTemplates())
            {
                data.Add(template.ConfigFile, template.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parse_IstioInjectionTemplate_Succeeds(string configFile, string templateName)
    {
        var text = ConformanceKit.Instance.InjectionTemplates().Single(t => t.ConfigFile == configFile && t.Name == templateName).Text;

        var template = GoTemplate.Parse(templateName, text, FunctionLibrary.CreateInjection());

        Assert.Equal(templateName, template.Name);
    }

    [Fact]
    public void Templates_AreFound()
    {
        Assert.True(Templates.Count >= 4);
    }
}
