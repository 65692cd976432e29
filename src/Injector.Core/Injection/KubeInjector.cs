using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Workloads;

namespace Injector.Core.Injection;

/// <summary>
/// Offline injection of a multi-document manifest, as <c>istioctl kube-inject</c> does: every pod template of the
/// known workload kinds goes through <see cref="InjectionPipeline"/> in kube-inject mode and is put back; documents of
/// other kinds are copied through as written, comments included. All or nothing: on an error no output is produced.
/// </summary>
public static class KubeInjector
{
    private const string Separator = "---\n";

    /// <summary>
    /// Injects every pod template of <paramref name="manifest"/>. Throws <see cref="ManifestException"/> naming the
    /// document and the reason when a document is malformed or a pod cannot be injected.
    /// </summary>
    public static KubeInjectionOutput Inject(string manifest, InjectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        var output = new StringBuilder(manifest.Length * 2);
        var warnings = new List<string>();
        foreach (ManifestDocument document in ManifestReader.Read(manifest))
        {
            if (document.Content is not JsonObject content || !IsKnown(content))
            {
                AppendVerbatim(output, document.Text);
                continue;
            }

            var copy = (JsonObject)content.DeepClone();
            InjectObject(copy, document.Describe(), settings, warnings);
            Reencode(copy);
            output.Append(YamlJsonConverter.Serialize(copy));
            output.Append(Separator);
        }

        return new KubeInjectionOutput(output.ToString(), warnings);
    }

    private static bool IsKnown(JsonObject content)
    {
        string kind = WorkloadKinds.KindOf(content);
        string apiVersion = WorkloadKinds.ApiVersionOf(content);
        return WorkloadKinds.IsList(kind, apiVersion) || WorkloadKinds.CarriesPod(kind, apiVersion);
    }

    private static void InjectObject(JsonObject workload, string description, InjectionSettings settings, List<string> warnings)
    {
        if (WorkloadKinds.IsList(WorkloadKinds.KindOf(workload), WorkloadKinds.ApiVersionOf(workload)))
        {
            if (workload["items"] is JsonArray items)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject item && IsKnown(item))
                    {
                        string itemDescription = $"{description} item {i + 1}{DescribeItem(item)}";
                        InjectObject(item, itemDescription, settings, warnings);
                    }
                }
            }

            return;
        }

        PodTemplateSite site;
        try
        {
            site = WorkloadKinds.Locate(workload)!;
        }
        catch (InvalidDataException e)
        {
            throw new ManifestException(description, e.Message, e);
        }

        var request = new InjectionRequest
        {
            Pod = site.ExtractPod(),
            Namespace = site.Namespace,
            Mode = InjectionMode.KubeInject,
            Owner = site.Owner,
        };

        InjectionResult result;
        try
        {
            result = InjectionPipeline.Inject(settings, request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ManifestException(description, e.Message, e);
        }

        switch (result.Outcome)
        {
            case InjectionOutcome.Injected when result.Pod is not null:
                site.Replace(result.Pod);
                warnings.AddRange(result.Warnings);
                break;
            case InjectionOutcome.Skipped:
                warnings.Add(SkipMessage(site, result));
                warnings.AddRange(result.Warnings.Where(w => !string.Equals(w, result.Message, StringComparison.Ordinal)));
                break;
            default:
                throw new ManifestException(description, result.Message);
        }
    }

    // istioctl decodes known kinds into typed objects before writing them back, so the fields Go always prints appear
    // even where the input left them out; list items are decoded one by one.
    private static void Reencode(JsonObject workload)
    {
        TypedReencoding.Apply(workload);
        if (WorkloadKinds.IsList(WorkloadKinds.KindOf(workload), WorkloadKinds.ApiVersionOf(workload))
            && workload["items"] is JsonArray items)
        {
            foreach (JsonObject item in items.OfType<JsonObject>().Where(IsKnown))
            {
                TypedReencoding.Apply(item);
            }
        }
    }

    private static string SkipMessage(PodTemplateSite site, InjectionResult result)
    {
        // Worded as istioctl words it, naming the workload; scripts and tests look for this text.
        string ns = site.Owner.Namespace;
        string fullName = ns.Length > 0 ? $"{ns}/{site.PodName}" : site.PodName;
        string subject = site.Owner.Kind.Length > 0 ? $"{site.Owner.Kind} \"{fullName}\"" : $"\"{fullName}\"";
        string why = result.Reason == InjectionReason.HostNetwork
            ? "has host networking enabled"
            : "has sidecar injection disabled";
        return $"===> Skipping injection because {subject} {why}";
    }

    private static string DescribeItem(JsonObject item)
    {
        string description = ManifestDocument.Describe(0, item);
        int open = description.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? string.Empty : " " + description[open..];
    }

    private static void AppendVerbatim(StringBuilder output, string text)
    {
        output.Append(text);
        if (!text.EndsWith('\n'))
        {
            output.Append('\n');
        }

        output.Append(Separator);
    }
}
