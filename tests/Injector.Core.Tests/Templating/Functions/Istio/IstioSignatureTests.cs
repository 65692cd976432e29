using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

namespace Injector.Core.Tests.Templating.Functions.Istio;

/// <summary>Istio's functions checked against their Go parameter types before they run, with Go's messages.</summary>
public sealed class IstioSignatureTests
{
    private static readonly TemplateFunctionMap s_functions = FunctionLibrary.CreateInjection();

    private static readonly Dictionary<string, object?> s_data = new()
    {
        ["Labels"] = new Dictionary<string, string> { ["app"] = "a", ["version"] = "v1" },
        ["Values"] = new Dictionary<string, object?> { ["k"] = "v" },
    };

    private static string Render(string text) => GoTemplate.Parse("t", text, s_functions).Render(s_data);

    private static string RenderError(string text) =>
        Assert.Throws<TemplateExecutionException>(() => Render(text)).Message;

    [Fact]
    public void Indent_Int64Argument_IsRejectedAsGoRejectsIt()
    {
        Assert.Equal(
            "template: t:1:17: executing \"t\" at <1>: wrong type for value; expected int; got int64",
            RenderError("{{ indent (add 1 1) \"x\" }}"));
        Assert.Equal("a\n  b", Render("{{ indent (int (add 1 1)) \"a\\nb\" }}"));
    }

    [Fact]
    public void Indent_StringConstantForInt_IsNotConverted()
    {
        Assert.Equal(
            "template: t:1:10: executing \"t\" at <\"2\">: expected integer; found \"2\"",
            RenderError("{{ indent \"2\" \"x\" }}"));
    }

    [Fact]
    public void Isset_MapOfInterfaces_IsNotAStringMap()
    {
        Assert.Equal(
            "template: t:1:9: executing \"t\" at <.Values>: wrong type for value; expected map[string]string; got map[string]interface {}",
            RenderError("{{ isset .Values \"k\" }}"));
        Assert.Equal("true", Render("{{ isset .Labels \"app\" }}"));
    }

    [Fact]
    public void Env_MissingDefault_ReportsTheArgumentCount()
    {
        Assert.Equal(
            "template: t:1:3: executing \"t\" at <env>: wrong number of args for env: want 2 got 1",
            RenderError("{{ env \"A\" }}"));
    }

    [Fact]
    public void Strdict_NumberConstant_IsNotAString()
    {
        Assert.Equal(
            "template: t:1:15: executing \"t\" at <1>: expected string; found 1",
            RenderError("{{ strdict \"a\" 1 }}"));
    }

    [Fact]
    public void ToJsonMap_StringConstantForAMap_CannotBeHandled()
    {
        Assert.Equal(
            "template: t:1:13: executing \"t\" at <\"x\">: can't handle \"x\" for arg of type map[string]string",
            RenderError("{{ toJsonMap \"x\" }}"));
    }

    [Fact]
    public void MergeMapsAndOmit_AcceptNilAndStringMaps()
    {
        Assert.Equal("{\"app\":\"a\"}", Render("{{ toJSON (omit (mergeMaps .Labels nil) \"version\") }}"));
    }
}
