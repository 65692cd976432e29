using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating;

/// <summary>
/// Runs every folder of TestData/Templates through the engine and compares with what Go's text/template (and Sprig)
/// produced for the same template and data; tools/template-golden regenerates the expectations.
/// </summary>
public sealed class GoldenTemplateTests
{
    public static TheoryData<string> Cases => new(GoldenTemplateCase.DiscoverIds());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_GoldenCase_MatchesGo(string id)
    {
        var testCase = GoldenTemplateCase.Load(id);

        if (testCase.ExpectedError is { } expectedError)
        {
            var error = Assert.ThrowsAny<TemplateException>(() => Render(testCase));
            Assert.Equal(expectedError, error.Message);
        }
        else
        {
            Assert.Equal(testCase.ExpectedOutput, Render(testCase));
        }
    }

    private static string Render(GoldenTemplateCase testCase) =>
        GoTemplate.Parse(testCase.Name, testCase.Text, testCase.CreateFunctions()).Render(testCase.Data);
}
