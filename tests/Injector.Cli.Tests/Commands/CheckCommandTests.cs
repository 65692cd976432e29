using System.Text.Json.Nodes;

namespace Injector.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private const string Enabled = "istio-injection=enabled";

    private readonly string _directory = Directory.CreateTempSubdirectory("injector-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("", "", "PolicyEnabled", true)]
    [InlineData("labels: {sidecar.istio.io/inject: \"false\"}", "", "LabelDisabled", false)]
    [InlineData("annotations: {sidecar.istio.io/inject: \"false\"}", "", "AnnotationDisabled", false)]
    [InlineData("labels: {sidecar.istio.io/inject: \"true\"}", "", "LabelEnabled", true)]
    [InlineData("annotations: {sidecar.istio.io/inject: \"true\"}", "", "AnnotationEnabled", true)]
    [InlineData("annotations: {sidecar.istio.io/status: '{\"containers\":[\"istio-proxy\"]}'}", "", "AlreadyInjected", true)]
    [InlineData("", "hostNetwork: true", "HostNetwork", false)]
    public void Check_EmbeddedDefaultsInAnInjectedNamespace_ReportsThePolicyDecision(string podMetadata, string podSpec, string reason, bool inject)
    {
        JsonObject entry = CheckOne(Deployment("web", "apps", podMetadata, podSpec), "--namespace-labels", Enabled);

        Assert.Equal(reason, (string?)entry["reason"]);
        Assert.Equal(inject, (bool?)entry["inject"]);
    }

    [Fact]
    public void Check_InjectedWorkload_NamesTheTemplatesOfTheDefaultConfig()
    {
        JsonObject entry = CheckOne(Deployment("web", "apps"), "--namespace-labels", Enabled);

        Assert.Equal("Injected", (string?)entry["outcome"]);
        Assert.Equal(["sidecar"], entry["templates"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("the injection policy is enabled", (string?)entry["message"]);
    }

    [Theory]
    [InlineData("policy: disabled", "", "PolicyDisabled", false)]
    [InlineData("policy: disabled", "labels: {sidecar.istio.io/inject: \"true\"}", "LabelEnabled", true)]
    [InlineData("policy: disabled\nalwaysInjectSelector: [{matchLabels: {mesh: always}}]", "labels: {mesh: always}", "AlwaysInjectSelector", true)]
    [InlineData("policy: enabled\nneverInjectSelector: [{matchLabels: {mesh: never}}]", "labels: {mesh: never}", "NeverInjectSelector", false)]
    [InlineData("policy: sometimes", "", "InvalidPolicy", false)]
    public void Check_ConfigPolicyAndSelectors_DecideAsTheWebhookDoes(string policy, string podMetadata, string reason, bool inject)
    {
        string config = Write("config.yaml", policy + "\ntemplates:\n  sidecar: |\n    spec:\n      containers:\n      - {name: istio-proxy, image: proxy}\n");

        JsonObject entry = CheckOne(Deployment("web", "apps", podMetadata), "--namespace-labels", Enabled, "--injectConfigFile", config);

        Assert.Equal(reason, (string?)entry["reason"]);
        Assert.Equal(inject, (bool?)entry["inject"]);
    }

    [Fact]
    public void Check_SystemNamespaceEvenWhenLabeled_IsNeverInjected()
    {
        JsonObject entry = CheckOne(Deployment("dns", "kube-system"), "--namespace-labels", Enabled);

        Assert.Equal("IgnoredNamespace", (string?)entry["reason"]);
        Assert.False((bool?)entry["inject"]);
    }

    [Theory]
    [InlineData("", "", "namespace apps has no istio-injection=enabled or istio.io/rev=default label")]
    [InlineData("istio-injection=disabled", "", "namespace apps is labeled istio-injection=disabled")]
    [InlineData("istio.io/rev=canary", "", "namespace apps is labeled istio.io/rev=canary")]
    [InlineData(Enabled, "canary", "which selects the default revision, not canary")]
    [InlineData("", "canary", "namespace apps has no istio.io/rev=canary label and the pod has no istio.io/rev=canary label")]
    public void Check_NamespaceTheWebhookConfigurationDoesNotSelect_IsReportedAsNotSelected(string labels, string revision, string why)
    {
        string[] args = revision.Length > 0 ? ["--namespace-labels", labels, "--revision", revision] : ["--namespace-labels", labels];

        JsonObject entry = CheckOne(Deployment("web", "apps"), args);

        Assert.Equal("NamespaceNotSelected", (string?)entry["reason"]);
        Assert.False((bool?)entry["inject"]);
        Assert.StartsWith("namespace not selected: ", (string?)entry["message"], StringComparison.Ordinal);
        Assert.Contains(why, (string?)entry["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("istio.io/rev=canary", "canary", "")]
    [InlineData("", "canary", "labels: {istio.io/rev: canary}")]
    [InlineData("", "", "labels: {sidecar.istio.io/inject: \"true\"}")]
    [InlineData("istio.io/rev=default", "", "")]
    public void Check_NamespaceOrPodSelectingTheRevision_IsSentToTheWebhook(string labels, string revision, string podMetadata)
    {
        JsonObject entry = CheckOne(Deployment("web", "apps", podMetadata), "--namespace-labels", labels, "--revision", revision);

        Assert.True((bool?)entry["inject"], (string?)entry["message"]);
    }

    [Fact]
    public void Check_UnlabeledNamespaceWithNamespacesEnabledByDefault_IsSelected()
    {
        string values = Write("values.json", """{"global": {}, "sidecarInjectorWebhook": {"enableNamespacesByDefault": true}}""");

        JsonObject entry = CheckOne(Deployment("web", "apps"), "--valuesFile", values);

        Assert.True((bool?)entry["inject"], (string?)entry["message"]);
    }

    [Fact]
    public void Check_NamespaceDocumentInTheManifest_BringsItsOwnLabels()
    {
        string manifest = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n  labels: {istio-injection: disabled}\n---\n"
            + Deployment("web", "apps") + "---\n" + Deployment("api", "other");

        JsonArray entries = CheckAll(manifest, "--namespace-labels", Enabled);

        Assert.Equal(["NamespaceNotSelected", "PolicyEnabled"], entries.Select(e => (string)e!["reason"]!));
    }

    [Fact]
    public void Check_InvalidTrafficAnnotation_ReportsTheFailureTheWebhookWouldAnswer()
    {
        string deployment = Deployment("web", "apps", "annotations: {traffic.sidecar.istio.io/includeInboundPorts: \"abc\"}");

        JsonObject entry = CheckOne(deployment, "--namespace-labels", Enabled);

        Assert.Equal("Failed", (string?)entry["outcome"]);
        Assert.Equal("InvalidAnnotation", (string?)entry["reason"]);
        Assert.Contains("traffic.sidecar.istio.io/includeInboundPorts", (string?)entry["message"], StringComparison.Ordinal);
        Assert.Equal(["sidecar"], entry["templates"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void Check_UnknownTemplateRequested_ReportsATemplateError()
    {
        JsonObject entry = CheckOne(Deployment("web", "apps", "annotations: {inject.istio.io/templates: nope}"), "--namespace-labels", Enabled);

        Assert.Equal("TemplateError", (string?)entry["reason"]);
        Assert.Contains("\"nope\" not found", (string?)entry["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IgnoredInjectAnnotation_IsAWarningOfAnInjectedWorkload()
    {
        JsonObject entry = CheckOne(Deployment("web", "apps", "annotations: {sidecar.istio.io/inject: maybe}"), "--namespace-labels", Enabled);

        Assert.Equal("PolicyEnabled", (string?)entry["reason"]);
        Assert.Contains(entry["warnings"]!.AsArray(), w => ((string)w!).StartsWith("invalid value for sidecar.istio.io/inject: \"maybe\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WorkloadWithoutAPodTemplate_IsAFailedEntryNotAnError()
    {
        CliRun run = Run("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: empty, namespace: apps}\nspec: {}\n", "-o", "json", "--namespace-labels", Enabled);

        Assert.Equal(0, run.ExitCode);
        JsonObject entry = JsonNode.Parse(run.Output)!.AsArray().Single()!.AsObject();
        Assert.Equal("InvalidPod", (string?)entry["reason"]);
        Assert.Contains("spec.template is required", (string?)entry["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ListItemsAndEveryWorkloadKind_AreAuditedInOrderAndOtherKindsLeftOut()
    {
        string manifest = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: batch/v1
              kind: CronJob
              metadata: {name: nightly, namespace: apps}
              spec: {jobTemplate: {spec: {template: {spec: {containers: [{name: app, image: x}]}}}}}
            - apiVersion: v1
              kind: Service
              metadata: {name: svc}
            - apiVersion: v1
              kind: Pod
              metadata: {name: solo}
              spec: {containers: [{name: app, image: x}]}
            """;

        JsonArray entries = CheckAll(manifest, "--namespace-labels", Enabled);

        Assert.Equal(["CronJob nightly apps", "Pod solo default"], entries.Select(e => $"{e!["kind"]} {e["name"]} {e["namespace"]}"));
        Assert.All(entries, e => Assert.True((bool?)e!["inject"]));
    }

    [Fact]
    public void Check_DefaultOutput_IsATableWithOneRowPerWorkload()
    {
        string manifest = Deployment("web", "apps") + "---\n" + Deployment("db", "apps", "labels: {sidecar.istio.io/inject: \"false\"}");

        CliRun run = Run(manifest, "--namespace-labels", Enabled);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["KIND", "NAME", "NAMESPACE", "INJECT", "REASON", "TEMPLATES"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Deployment   web    apps        yes      the injection policy is enabled", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("sidecar", lines[1], StringComparison.Ordinal);
        Assert.Contains(" no ", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("-", lines[2], StringComparison.Ordinal);
        Assert.Equal(lines[0].IndexOf("REASON", StringComparison.Ordinal), lines[1].IndexOf("the injection", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TableOutput_WritesWarningsToStandardErrorNamingTheWorkload()
    {
        CliRun run = Run(Deployment("web", "apps", "labels: {sidecar.istio.io/inject: maybe}"), "--namespace-labels", Enabled);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Warning: Deployment apps/web: invalid value for sidecar.istio.io/inject: \"maybe\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DashReadsStandardInput()
    {
        CliRun run = CliRun.InvokeWithInput(Deployment("web", "apps"), "check", "-f", "-", "-o", "json", "--namespace-labels", Enabled);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("web", (string?)JsonNode.Parse(run.Output)![0]!["name"]);
    }

    [Fact]
    public void Check_UnreadableManifest_ExitsWithOne()
    {
        CliRun run = Run("kind: [unclosed\n");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Check_MalformedNamespaceLabels_ExitsWithOne()
    {
        CliRun run = Run(Deployment("web", "apps"), "--namespace-labels", "istio-injection");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--namespace-labels", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableSettings_ExitsWithOne()
    {
        CliRun run = Run(Deployment("web", "apps"), "--injectConfigFile", Path.Combine(_directory, "missing.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: ", run.Error, StringComparison.Ordinal);
    }

    private static string Deployment(string name, string ns, string podMetadata = "", string podSpec = "")
    {
        string metadata = podMetadata.Length > 0 ? $"    metadata: {{{podMetadata}}}\n" : string.Empty;
        string extra = podSpec.Length > 0 ? $"      {podSpec}\n" : string.Empty;
        return $"apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: {name}, namespace: {ns}}}\nspec:\n  template:\n{metadata}    spec:\n{extra}      containers: [{{name: app, image: nginx}}]\n";
    }

    private JsonObject CheckOne(string manifest, params string[] args) => CheckAll(manifest, args).Single()!.AsObject();

    private JsonArray CheckAll(string manifest, params string[] args)
    {
        CliRun run = Run(manifest, ["-o", "json", .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonNode.Parse(run.Output)!.AsArray();
    }

    private CliRun Run(string manifest, params string[] args) => CliRun.Invoke(["check", "-f", Write("in.yaml", manifest), .. args]);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
