namespace Injector.Core.Injection.TemplateData;

/// <summary>The Kubernetes types templates reach from <c>.ObjectMeta</c>, <c>.Spec</c>, <c>.TypeMeta</c> and <c>.DeploymentMeta</c>.</summary>
internal static class KubeTypes
{
    public static readonly KubeType Generic = new("struct");

    public static readonly KubeType TypeMeta = new KubeType("v1.TypeMeta")
        .Field("Kind", KubeFieldKind.String)
        .Field("APIVersion", KubeFieldKind.String);

    public static readonly KubeType NamespacedName = new KubeType("types.NamespacedName")
        .Field("Name", KubeFieldKind.String)
        .Field("Namespace", KubeFieldKind.String);

    public static readonly KubeType OwnerReference = new KubeType("v1.OwnerReference")
        .Field("APIVersion", KubeFieldKind.String)
        .Field("Kind", KubeFieldKind.String)
        .Field("Name", KubeFieldKind.String)
        .Field("UID", KubeFieldKind.String);

    public static readonly KubeType ObjectMeta = new KubeType("v1.ObjectMeta")
        .Field("Name", KubeFieldKind.String)
        .Field("GenerateName", KubeFieldKind.String)
        .Field("Namespace", KubeFieldKind.String)
        .Field("UID", KubeFieldKind.String)
        .Field("ResourceVersion", KubeFieldKind.String)
        .Field("Generation", KubeFieldKind.Int)
        .Field("Labels", KubeFieldKind.StringMap)
        .Field("Annotations", KubeFieldKind.StringMap)
        .Field("OwnerReferences", KubeFieldKind.StructList, OwnerReference)
        .Field("Finalizers", KubeFieldKind.StringList)
        .Field("ManagedFields", KubeFieldKind.StructList, Generic);

    public static readonly KubeType ContainerPort = new KubeType("v1.ContainerPort", (type, json) => new ContainerPortView(type, json))
        .Field("Name", KubeFieldKind.String)
        .Field("HostPort", KubeFieldKind.Int)
        .Field("ContainerPort", KubeFieldKind.Int)
        .Field("Protocol", KubeFieldKind.String)
        .Field("HostIP", KubeFieldKind.String);

    public static readonly KubeType EnvVar = new KubeType("v1.EnvVar")
        .Field("Name", KubeFieldKind.String)
        .Field("Value", KubeFieldKind.String)
        .Field("ValueFrom", KubeFieldKind.Pointer, Generic);

    public static readonly KubeType VolumeMount = new KubeType("v1.VolumeMount")
        .Field("Name", KubeFieldKind.String)
        .Field("ReadOnly", KubeFieldKind.Bool)
        .Field("MountPath", KubeFieldKind.String)
        .Field("SubPath", KubeFieldKind.String);

    public static readonly KubeType Container = new KubeType("v1.Container")
        .Field("Name", KubeFieldKind.String)
        .Field("Image", KubeFieldKind.String)
        .Field("Command", KubeFieldKind.StringList)
        .Field("Args", KubeFieldKind.StringList)
        .Field("WorkingDir", KubeFieldKind.String)
        .Field("Ports", KubeFieldKind.StructList, ContainerPort)
        .Field("Env", KubeFieldKind.StructList, EnvVar)
        .Field("EnvFrom", KubeFieldKind.StructList, Generic)
        .Field("Resources", KubeFieldKind.Struct, Generic)
        .Field("VolumeMounts", KubeFieldKind.StructList, VolumeMount)
        .Field("LivenessProbe", KubeFieldKind.Pointer, Generic)
        .Field("ReadinessProbe", KubeFieldKind.Pointer, Generic)
        .Field("StartupProbe", KubeFieldKind.Pointer, Generic)
        .Field("Lifecycle", KubeFieldKind.Pointer, Generic)
        .Field("ImagePullPolicy", KubeFieldKind.String)
        .Field("SecurityContext", KubeFieldKind.Pointer, Generic)
        .Field("Stdin", KubeFieldKind.Bool)
        .Field("TTY", KubeFieldKind.Bool);

    public static readonly KubeType Volume = new KubeType("v1.Volume")
        .Field("Name", KubeFieldKind.String);

    public static readonly KubeType LocalObjectReference = new KubeType("v1.LocalObjectReference")
        .Field("Name", KubeFieldKind.String);

    public static readonly KubeType PodSpec = new KubeType("v1.PodSpec")
        .Field("Volumes", KubeFieldKind.StructList, Volume)
        .Field("InitContainers", KubeFieldKind.StructList, Container)
        .Field("Containers", KubeFieldKind.StructList, Container)
        .Field("EphemeralContainers", KubeFieldKind.StructList, Generic)
        .Field("RestartPolicy", KubeFieldKind.String)
        .Field("DNSPolicy", KubeFieldKind.String)
        .Field("NodeSelector", KubeFieldKind.StringMap)
        .Field("ServiceAccountName", KubeFieldKind.String)
        .Field("DeprecatedServiceAccount", "serviceAccount", KubeFieldKind.String)
        .Field("NodeName", KubeFieldKind.String)
        .Field("HostNetwork", KubeFieldKind.Bool)
        .Field("HostPID", KubeFieldKind.Bool)
        .Field("HostIPC", KubeFieldKind.Bool)
        .Field("SecurityContext", KubeFieldKind.Pointer, Generic)
        .Field("ImagePullSecrets", KubeFieldKind.StructList, LocalObjectReference)
        .Field("Hostname", KubeFieldKind.String)
        .Field("Subdomain", KubeFieldKind.String)
        .Field("Affinity", KubeFieldKind.Pointer, Generic)
        .Field("SchedulerName", KubeFieldKind.String)
        .Field("Tolerations", KubeFieldKind.StructList, Generic)
        .Field("PriorityClassName", KubeFieldKind.String);
}
