using System.Text.Json.Nodes;
using Injector.Testing;

namespace Injector.Webhook.Tests.Deploy;

/// <summary>
/// Renders deploy/ with `kubectl kustomize` (no flags, as an API-server user would) and checks what a cluster
/// would receive.
/// </summary>
public sealed class KustomizeOverlayTests
{
    // Overlays that render from a fresh clone; self-signed needs certs/generate.sh first (see SelfSignedOverlayTests).
    public static TheoryData<string> FreshCloneOverlays => ["base", "overlays/cert-manager", "overlays/revision"];

    [Theory]
    [MemberData(nameof(FreshCloneOverlays))]
    public void Render_Overlay_WebhookFailsClosedWithoutSideEffects(string overlay)
    {
        var webhook = Webhook(Render(overlay));

        Assert.Equal("Fail", (string?)webhook["failurePolicy"]);
        Assert.Equal("None", (string?)webhook["sideEffects"]);
        Assert.Equal("IfNeeded", (string?)webhook["reinvocationPolicy"]);
        Assert.Equal(["v1", "v1beta1"], Strings(webhook["admissionReviewVersions"]));
        Assert.InRange((int)webhook["timeoutSeconds"]!, 1, 30);
        var rule = Assert.Single(webhook["rules"]!.AsArray())!;
        Assert.Equal(["CREATE"], Strings(rule["operations"]));
        Assert.Equal(["pods"], Strings(rule["resources"]));
    }

    [Theory]
    [MemberData(nameof(FreshCloneOverlays))]
    public void Render_Overlay_WebhookCallsTheServiceOnItsHttpsPort(string overlay)
    {
        var rendered = Render(overlay);
        var target = Webhook(rendered)["clientConfig"]!["service"]!;

        var service = rendered.Single("Service", (string)target["name"]!);
        Assert.Equal((string?)service["metadata"]!["namespace"], (string?)target["namespace"]);
        Assert.Equal("/inject", (string?)target["path"]);
        var port = Assert.Single(service["spec"]!["ports"]!.AsArray())!;
        Assert.Equal(443, (int?)port["port"]);
        Assert.Equal(443, (int?)target["port"]);
        var deployment = rendered.Single("Deployment");
        var container = Assert.Single(deployment["spec"]!["template"]!["spec"]!["containers"]!.AsArray())!;
        var containerPort = Assert.Single(container["ports"]!.AsArray())!;
        Assert.Equal((string?)port["targetPort"], (string?)containerPort["name"]);
        Assert.Equal(9443, (int?)containerPort["containerPort"]);
        Assert.True(
            service["spec"]!["selector"]!.AsObject().All(l => (string?)deployment["spec"]!["template"]!["metadata"]!["labels"]![l.Key] == (string?)l.Value),
            "the Service must select the injector's pods");
    }

    [Fact]
    public void Render_Base_SelectsLabeledNamespacesExceptItsOwn()
    {
        var rendered = Render("base");
        var webhook = Webhook(rendered);

        var namespaceRules = webhook["namespaceSelector"]!["matchExpressions"]!.AsArray();
        Assert.Contains(namespaceRules, r => Is(r, "istio-injection", "In", "enabled"));
        var ownNamespace = (string)rendered.Single("Deployment")["metadata"]!["namespace"]!;
        Assert.Contains(namespaceRules, r => Is(r, "kubernetes.io/metadata.name", "NotIn", ownNamespace));
        Assert.Contains(webhook["objectSelector"]!["matchExpressions"]!.AsArray(), r => Is(r, "sidecar.istio.io/inject", "NotIn", "false"));
    }

    [Fact]
    public void Render_Revision_SelectsNamespacesOfItsRevisionOnly()
    {
        var rendered = Render("overlays/revision");
        var webhook = Webhook(rendered);

        var namespaceRules = webhook["namespaceSelector"]!["matchExpressions"]!.AsArray();
        Assert.Contains(namespaceRules, r => Is(r, "istio.io/rev", "In", "canary"));
        Assert.Contains(namespaceRules, r => (string?)r!["key"] == "istio-injection" && (string?)r["operator"] == "DoesNotExist");
        Assert.Contains(namespaceRules, r => Is(r, "kubernetes.io/metadata.name", "NotIn", "injector-system"));
        Assert.Empty(rendered.OfKind("Namespace"));
        var container = rendered.Single("Deployment")["spec"]!["template"]!["spec"]!["containers"]![0]!;
        Assert.Equal("canary", Env(container, "Injector__Revision"));
        var volumes = rendered.Single("Deployment")["spec"]!["template"]!["spec"]!["volumes"]!.AsArray();
        Assert.Contains(volumes, v => (string?)v!["configMap"]?["name"] == "istio-sidecar-injector-canary");
        Assert.Contains(volumes, v => (string?)v!["configMap"]?["name"] == "istio-canary");
        Assert.Equal("injector-canary", (string?)rendered.Single("ClusterRoleBinding")["subjects"]![0]!["name"]);
        var certificate = rendered.Single("Certificate");
        Assert.Contains("injector-canary.injector-system.svc", Strings(certificate["spec"]!["dnsNames"]));
        Assert.Equal("injector-system/injector-serving-cert-canary", (string?)webhook.Parent!.Parent!["metadata"]!["annotations"]!["cert-manager.io/inject-ca-from"]);
    }

    [Theory]
    [MemberData(nameof(FreshCloneOverlays))]
    public void Render_Overlay_SkipsOptedOutAndHostNetworkPodsWithCel(string overlay)
    {
        var conditions = Webhook(Render(overlay))["matchConditions"]!.AsArray()
            .ToDictionary(c => (string)c!["name"]!, c => (string)c!["expression"]!);

        Assert.Contains(conditions.Values, e => e.Contains("object.metadata.annotations['sidecar.istio.io/inject']", StringComparison.Ordinal) && e.Contains("'false'", StringComparison.Ordinal));
        Assert.Contains(conditions.Values, e => e.Contains("object.spec.hostNetwork", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_CertManager_LetsCainjectorFillTheCaBundleFromTheServingCertificate()
    {
        var rendered = Render("overlays/cert-manager");

        var configuration = rendered.Single("MutatingWebhookConfiguration");
        var certificate = rendered.Single("Certificate");
        var certificateRef = $"{certificate["metadata"]!["namespace"]}/{certificate["metadata"]!["name"]}";
        Assert.Equal(certificateRef, (string?)configuration["metadata"]!["annotations"]!["cert-manager.io/inject-ca-from"]);
        var issuer = rendered.Single("Issuer");
        Assert.Equal((string?)issuer["metadata"]!["name"], (string?)certificate["spec"]!["issuerRef"]!["name"]);
        Assert.Contains("injector.injector-system.svc", Strings(certificate["spec"]!["dnsNames"]));
        var volumes = rendered.Single("Deployment")["spec"]!["template"]!["spec"]!["volumes"]!.AsArray();
        Assert.Contains(volumes, v => (string?)v!["secret"]?["secretName"] == (string?)certificate["spec"]!["secretName"]);
    }

    [Theory]
    [MemberData(nameof(FreshCloneOverlays))]
    public void Render_Overlay_RunsTheInjectorLockedDown(string overlay)
    {
        var rendered = Render(overlay);
        var deployment = rendered.Single("Deployment");
        var pod = deployment["spec"]!["template"]!["spec"]!;
        var container = pod["containers"]![0]!;

        Assert.Equal(2, (int?)deployment["spec"]!["replicas"]);
        Assert.NotNull(pod["affinity"]!["podAntiAffinity"]);
        Assert.Equal(true, (bool?)pod["securityContext"]!["runAsNonRoot"]);
        Assert.Equal("RuntimeDefault", (string?)pod["securityContext"]!["seccompProfile"]!["type"]);
        Assert.Equal(true, (bool?)container["securityContext"]!["readOnlyRootFilesystem"]);
        Assert.Equal(false, (bool?)container["securityContext"]!["allowPrivilegeEscalation"]);
        Assert.Equal(["ALL"], Strings(container["securityContext"]!["capabilities"]!["drop"]));
        Assert.NotNull(container["resources"]!["requests"]);
        Assert.NotNull(container["resources"]!["limits"]);
        Assert.Equal("/readyz", (string?)container["readinessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/healthz", (string?)container["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("HTTPS", (string?)container["readinessProbe"]!["httpGet"]!["scheme"]);
        Assert.Equal("HTTPS", (string?)container["livenessProbe"]!["httpGet"]!["scheme"]);
        var budget = rendered.Single("PodDisruptionBudget");
        Assert.Equal(1, (int?)budget["spec"]!["minAvailable"]);
        Assert.True(JsonNode.DeepEquals(budget["spec"]!["selector"], deployment["spec"]!["selector"]));
    }

    [Theory]
    [MemberData(nameof(FreshCloneOverlays))]
    public void Render_Overlay_MountsTheGeneratedInjectionConfigWhereTheSettingsPoint(string overlay)
    {
        var rendered = Render(overlay);
        var pod = rendered.Single("Deployment")["spec"]!["template"]!["spec"]!;
        var container = pod["containers"]![0]!;

        foreach (var (setting, key) in new[] { ("Injector__InjectConfigFile", "config"), ("Injector__ValuesFile", "values"), ("Injector__MeshConfigFile", "mesh") })
        {
            var path = Env(container, setting)!;
            var mount = container["volumeMounts"]!.AsArray().Single(m => path.StartsWith((string)m!["mountPath"]! + "/", StringComparison.Ordinal))!;
            Assert.Equal(key, Path.GetFileName(path));
            var volume = pod["volumes"]!.AsArray().Single(v => (string?)v!["name"] == (string?)mount["name"])!;
            var configMap = rendered.Single("ConfigMap", (string)volume["configMap"]!["name"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)configMap["data"]![key]), $"{setting} points at an empty key");
        }

        var injector = rendered.Objects.Single(o => (string?)o["kind"] == "ConfigMap" && ((string)o["metadata"]!["name"]!).StartsWith("istio-sidecar-injector", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("injection-templates", "config.yaml")), (string?)injector["data"]!["config"]);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("injection-templates", "values.json")), (string?)injector["data"]!["values"]);
        Assert.StartsWith("/etc/injector/certs/", Env(container, "Injector__CertFile"), StringComparison.Ordinal);
        Assert.StartsWith("/etc/injector/certs/", Env(container, "Injector__KeyFile"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FreshCloneOverlays))]
    public void Render_Overlay_ListensOnThePodAddressForProbesAndTheService(string overlay)
    {
        var container = Render(overlay).Single("Deployment")["spec"]!["template"]!["spec"]!["containers"]![0]!;

        // The webhook listens on loopback unless told otherwise; in a pod, the kubelet and the Service need the pod IP.
        Assert.Equal("0.0.0.0", Env(container, "Injector__ListenAddress"));
        Assert.Equal("9443", Env(container, "Injector__Port"));
    }

    [Fact]
    public void Render_Base_GrantsOnlyReadsOfNodesAndNamespaces()
    {
        var role = Render("base").Single("ClusterRole");

        foreach (var rule in role["rules"]!.AsArray())
        {
            Assert.Equal([""], Strings(rule!["apiGroups"]));
            Assert.Subset(new HashSet<string> { "get", "list", "watch" }, Strings(rule["verbs"]).ToHashSet());
            Assert.Subset(new HashSet<string> { "nodes", "namespaces" }, Strings(rule["resources"]).ToHashSet());
        }
    }

    internal static JsonObject Webhook(RenderedManifests rendered) =>
        Assert.Single(rendered.Single("MutatingWebhookConfiguration")["webhooks"]!.AsArray())!.AsObject();

    private static RenderedManifests Render(string overlay) => RenderedManifests.Render(RepositoryPaths.Combine("deploy", overlay));

    private static bool Is(JsonNode? requirement, string key, string op, string value) =>
        (string?)requirement!["key"] == key && (string?)requirement["operator"] == op && Strings(requirement["values"]).Contains(value);

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(s => (string)s!).ToList();

    private static string? Env(JsonNode container, string name) =>
        (string?)container["env"]!.AsArray().FirstOrDefault(e => (string?)e!["name"] == name)?["value"];
}
