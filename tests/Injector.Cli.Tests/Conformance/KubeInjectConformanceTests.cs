using Injector.Testing.Conformance;

using Xunit.Abstractions;

namespace Injector.Cli.Tests.Conformance;

/// <summary>
/// Runs every kube-inject case of Istio's conformance kit through <c>injector kube-inject</c> with the case's
/// settings as flags, and fails only when a case listed in kube-inject-passing.txt no longer passes.
/// </summary>
public sealed class KubeInjectConformanceTests(ITestOutputHelper output)
{
    private const string PassingListFile = "tests/Injector.Cli.Tests/Conformance/kube-inject-passing.txt";

    [Fact]
    public void KubeInject_IstioConformanceCases_NoListedCaseRegresses()
    {
        ConformanceKit kit = ConformanceKit.Instance;
        var comparer = new GoldenComparer(kit.Omitempty);
        var tally = new ConformanceTally("kube-inject");
        foreach (ConformanceCase testCase in kit.Cases.Where(c => !c.SkipKubeInject))
        {
            string? failure = Run(kit, comparer, testCase);
            if (failure is null)
            {
                tally.Pass(testCase.Name);
            }
            else
            {
                tally.Fail(testCase.Name, failure);
            }
        }

        string report = tally.Report();
        output.WriteLine(report);
        tally.AppendToReportFile();

        string listPath = Path.Combine(kit.RepositoryRoot, PassingListFile);
        IReadOnlySet<string> listed = PassingList.Read(listPath);
        if (PassingList.UpdateRequested)
        {
            PassingList.Extend(listPath, tally.Passed);
        }

        IReadOnlyList<string> regressions = tally.Regressions(listed);
        Assert.True(regressions.Count == 0, $"cases listed as passing now fail: {string.Join(", ", regressions)}\n{report}");
    }

    private static string? Run(ConformanceKit kit, GoldenComparer comparer, ConformanceCase testCase)
    {
        var args = new List<string>
        {
            "kube-inject",
            "-f", kit.PathOf(testCase.Input),
            "--injectConfigFile", kit.PathOf(testCase.Config),
            "--valuesFile", kit.PathOf(testCase.Values),
            "--meshConfigFile", kit.PathOf(testCase.Mesh),
            "--native-sidecars", testCase.NativeSidecars ? "true" : "false",
        };
        if (testCase.Platform is not null)
        {
            args.AddRange(["--platform", testCase.Platform]);
        }

        if (testCase.CompliancePolicy is not null)
        {
            args.AddRange(["--compliance-policy", testCase.CompliancePolicy]);
        }

        CliRun run = CliRun.Invoke([.. args]);
        if (testCase.ExpectedError is not null)
        {
            if (run.ExitCode == 0)
            {
                return $"expected an error containing \"{testCase.ExpectedError}\", but injection succeeded";
            }

            return run.Error.ToLowerInvariant().Contains(testCase.ExpectedError, StringComparison.Ordinal)
                ? null
                : $"error does not contain \"{testCase.ExpectedError}\": {FirstLine(run.Error)}";
        }

        if (run.ExitCode != 0)
        {
            return $"exit code {run.ExitCode}: {FirstLine(run.Error)}";
        }

        GoldenDifference? difference = comparer.CompareManifests(run.Output, kit.ReadText(testCase.Expected!));
        if (difference is not null)
        {
            return difference.ToString();
        }

        return testCase.ExpectedLog is null || run.Error.Contains(testCase.ExpectedLog, StringComparison.Ordinal)
            ? null
            : $"no warning contains \"{testCase.ExpectedLog}\"";
    }

    private static string FirstLine(string text)
    {
        string trimmed = text.Trim();
        int newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? trimmed : trimmed[..newline];
    }
}
