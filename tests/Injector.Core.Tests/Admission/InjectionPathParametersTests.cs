using Injector.Core.Admission;

namespace Injector.Core.Tests.Admission;

public class InjectionPathParametersTests
{
    [Theory]
    [InlineData("/inject", "")]
    [InlineData("/inject/", "")]
    [InlineData("/inject/cluster/c1/net/n1", "ISTIO_META_CLUSTER_ID=c1;ISTIO_META_NETWORK=n1")]
    [InlineData("/inject/cluster/c1/net/n1/", "ISTIO_META_CLUSTER_ID=c1;ISTIO_META_NETWORK=n1")]
    [InlineData("/inject/custom/a--slash--b", "CUSTOM=a/b")]
    [InlineData("/inject/cluster/c1/net", "ISTIO_META_CLUSTER_ID=c1")]
    [InlineData("/inject/:ENV:cluster=c1:ENV:net=n1", "ISTIO_META_CLUSTER_ID=c1;ISTIO_META_NETWORK=n1")]
    [InlineData("/inject/:ENV:foo=bar=baz:ENV:empty=", "EMPTY=;FOO=bar=baz")]
    [InlineData("/inject/:ENV:=x:ENV:novalue:ENV:k=v--slash--w", "K=v--slash--w")]
    public void Parse_Path_YieldsProxyEnvironment(string path, string expected)
    {
        var actual = string.Join(";", InjectionPathParameters.Parse(path).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

        Assert.Equal(expected, actual);
    }
}
