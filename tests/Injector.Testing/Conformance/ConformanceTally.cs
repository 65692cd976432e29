using System.Text;

namespace Injector.Testing.Conformance;

/// <summary>
/// Outcomes of one conformance mode: the summary line <c>istio-conformance MODE: N passed, M failed</c>, each
/// failure with its first differing path, and the regressions against the committed passing list.
/// </summary>
public sealed class ConformanceTally
{
    /// <summary>Environment variable naming a file the summary is appended to (CI prints it).</summary>
    public const string ReportVariable = "INJECTOR_CONFORMANCE_REPORT";

    private readonly List<string> _passed = [];
    private readonly List<(string Name, string Reason)> _failed = [];

    /// <summary>Creates a tally for a mode, e.g. <c>kube-inject</c> or <c>webhook</c>.</summary>
    public ConformanceTally(string mode)
    {
        Mode = mode;
    }

    /// <summary>The mode named in the summary.</summary>
    public string Mode { get; }

    /// <summary>Cases that passed, in run order.</summary>
    public IReadOnlyList<string> Passed => _passed;

    /// <summary>Cases that failed with why, in run order.</summary>
    public IReadOnlyList<(string Name, string Reason)> Failed => _failed;

    /// <summary>Records a passing case.</summary>
    public void Pass(string name) => _passed.Add(name);

    /// <summary>Records a failing case and why (the first differing path, or the error).</summary>
    public void Fail(string name, string reason) => _failed.Add((name, reason));

    /// <summary>Listed cases that failed this time.</summary>
    public IReadOnlyList<string> Regressions(IReadOnlySet<string> listed) =>
        _failed.Select(f => f.Name).Where(listed.Contains).ToList();

    /// <summary>The report: the summary line, then one line per failure.</summary>
    public string Report()
    {
        var report = new StringBuilder();
        report.Append(CultureInfoInvariant($"istio-conformance {Mode}: {_passed.Count} passed, {_failed.Count} failed\n"));
        foreach ((string name, string reason) in _failed)
        {
            string oneLine = reason.ReplaceLineEndings(" ");
            report.Append(CultureInfoInvariant($"  FAIL {name}: {oneLine}\n"));
        }

        return report.ToString();
    }

    /// <summary>Appends the report to the file named by <see cref="ReportVariable"/>, if set.</summary>
    public void AppendToReportFile()
    {
        string? path = Environment.GetEnvironmentVariable(ReportVariable);
        if (!string.IsNullOrEmpty(path))
        {
            File.AppendAllText(path, Report());
        }
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
