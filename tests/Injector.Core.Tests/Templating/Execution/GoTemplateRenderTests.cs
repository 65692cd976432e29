using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating.Execution;

public sealed class GoTemplateRenderTests
{
    private static string Render(string text, object? data = null) =>
        GoTemplate.Parse("t", text, TestData.Functions()).Render(data ?? TestData.Values());

    private static string RenderError(string text, object? data = null) =>
        Assert.ThrowsAny<TemplateException>(() => Render(text, data)).Message;

    [Fact]
    public void Render_RangeOverInt_CountsFromZero()
    {
        Assert.Equal("012", Render("{{range 3}}{{.}}{{end}}"));
        Assert.Equal("01", Render("{{range $i := 2}}{{$i}}{{end}}"));
        Assert.Equal("none", Render("{{range 0}}x{{else}}none{{end}}"));
    }

    [Fact]
    public void Render_RangeOverIntWithTwoVariables_Fails()
    {
        Assert.EndsWith("can't use 3 to iterate over more than one variable", RenderError("{{range $i, $v := 3}}{{end}}"));
    }

    [Fact]
    public void Render_ElseWith_TakesFirstNonEmptyBranch()
    {
        Assert.Equal("3", Render("{{with .missing}}x{{else with .i}}{{.}}{{else}}z{{end}}"));
        Assert.Equal("z", Render("{{with .missing}}x{{else with .e}}y{{else}}z{{end}}"));
    }

    [Fact]
    public void Render_RangeOverMap_VisitsKeysInSortedOrder()
    {
        var data = new Dictionary<string, object?>
        {
            ["m"] = new Dictionary<string, object?> { ["b"] = 2, ["a"] = 1, ["c"] = 3 },
        };

        Assert.Equal("a=1 b=2 c=3 ", Render("{{range $k, $v := .m}}{{$k}}={{$v}} {{end}}", data));
    }

    [Fact]
    public void Render_BreakAndContinue_ControlTheInnermostRange()
    {
        Assert.Equal("0:ab|1:ab|", Render("{{range $i := 3}}{{if eq $i 2}}{{break}}{{end}}{{$i}}:{{range $.ls}}{{if eq . \"q\"}}{{continue}}{{end}}a{{end}}b|{{end}}", new Dictionary<string, object?> { ["ls"] = new List<string> { "p", "q" } }));
    }

    [Fact]
    public void Render_AssignmentInsideBlock_ChangesOuterVariable()
    {
        Assert.Equal("2", Render("{{$x := 1}}{{range .ls}}{{$x = 2}}{{end}}{{$x}}"));
    }

    [Fact]
    public void Render_TemplateObjectMembers_ReachFieldsAndNiladicMethods()
    {
        var holdValue = new FakeStruct("*wrapperspb.BoolValue", new() { ["GetValue"] = false }, isNil: true);
        var proxy = new FakeStruct("*v1.ProxyConfig", new() { ["HoldApplicationUntilProxyStarts"] = holdValue, ["Image"] = "img" });
        var data = new Dictionary<string, object?> { ["ProxyConfig"] = proxy };

        Assert.Equal("false img", Render("{{.ProxyConfig.HoldApplicationUntilProxyStarts.GetValue}} {{.ProxyConfig.Image}}", data));
        Assert.Equal("<nil>", Render("{{.ProxyConfig.HoldApplicationUntilProxyStarts}}", data));
        Assert.Equal("no", Render("{{if .ProxyConfig.HoldApplicationUntilProxyStarts}}yes{{else}}no{{end}}", data));
    }

    [Fact]
    public void Render_UnknownMemberOfTypedField_NamesTheFieldType()
    {
        var data = new FakeStruct("SidecarTemplateData", new() { ["P"] = new FakeStruct("*v1.ProxyConfig", []) });

        Assert.Equal(
            "template: t:1:4: executing \"t\" at <.P.Nope>: can't evaluate field Nope in type *v1.ProxyConfig",
            RenderError("{{.P.Nope}}", data));
    }

    [Fact]
    public void Render_UnknownMemberOfStructInInterfaceMap_NamesInterfaceType()
    {
        var data = new Dictionary<string, object?> { ["P"] = new FakeStruct("*v1.ProxyConfig", []) };

        Assert.EndsWith("can't evaluate field Nope in type interface {}", RenderError("{{.P.Nope}}", data));
    }

    [Fact]
    public void Render_NilPointerField_FailsWithNilPointerError()
    {
        var data = new Dictionary<string, object?> { ["P"] = new FakeStruct("*v1.ProxyConfig", [], isNil: true) };

        Assert.EndsWith("nil pointer evaluating *v1.ProxyConfig.Image", RenderError("{{.P.Image}}", data));
    }

    [Fact]
    public void Render_UserFunctionOverridesBuiltin()
    {
        var functions = new TemplateFunctionMap().Set("len", _ => "mine");

        Assert.Equal("mine", GoTemplate.Parse("t", "{{len 1}}", functions).Render(null));
    }

    [Fact]
    public void Render_NonTemplateFunctionException_IsReportedAsErrorCalling()
    {
        var functions = new TemplateFunctionMap().Set("boom", _ => throw new InvalidOperationException("bad state"));

        var error = Assert.Throws<TemplateExecutionException>(() => GoTemplate.Parse("t", "{{boom}}", functions).Render(null));
        Assert.Equal("template: t:1:2: executing \"t\" at <boom>: error calling boom: bad state", error.Message);
    }

    [Fact]
    public void Render_RunawayRecursion_FailsWithClearError()
    {
        string message = RenderError("{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\" .}}");

        Assert.Contains("exceeded maximum template depth", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ConcurrentExecutions_ShareOneParsedTemplate()
    {
        var template = GoTemplate.Parse("t", "{{range $i, $e := .l}}{{$i}}{{end}}{{$x := .i}}{{$x}}", TestData.Functions());

        string[] results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = template.Render(TestData.Values()));

        Assert.All(results, result => Assert.Equal("01233", result));
    }

    [Fact]
    public void Render_ToWriter_WritesOutput()
    {
        using var writer = new StringWriter();
        GoTemplate.Parse("t", "a{{.str}}", TestData.Functions()).Render(TestData.Values(), writer);

        Assert.Equal("ahi", writer.ToString());
    }

    [Fact]
    public void Render_JsonNumbersAsDoubles_PrintWithoutFraction()
    {
        var data = new Dictionary<string, object?> { ["port"] = 15020.0, ["ratio"] = 0.5, ["zero"] = 0.0 };

        Assert.Equal("15020 0.5 0", Render("{{.port}} {{.ratio}} {{.zero}}", data));
    }
}
