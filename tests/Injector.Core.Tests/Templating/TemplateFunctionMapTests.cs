using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating;

public sealed class TemplateFunctionMapTests
{
    [Fact]
    public void Set_SameNameTwice_LaterFunctionWins()
    {
        var map = new TemplateFunctionMap()
            .Set("contains", _ => "sprig")
            .Set("contains", _ => "istio");

        Assert.True(map.TryGet("contains", out var function));
        Assert.Equal("istio", function([]));
    }
}
