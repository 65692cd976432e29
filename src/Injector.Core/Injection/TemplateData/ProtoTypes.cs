namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// The Istio protobuf types templates read: istio.mesh.v1alpha1.ProxyConfig (every field, in declaration order, so
/// protoToJSON writes Istio's order) and the MeshConfig fields templates and functions use (others resolve untyped).
/// </summary>
internal static class ProtoTypes
{
    public static readonly ProtoEnumType InterceptionMode = new(
        "v1alpha1.ProxyConfig_InboundInterceptionMode", ("REDIRECT", 0), ("TPROXY", 1), ("NONE", 2));

    public static readonly ProtoEnumType AuthenticationPolicy = new(
        "v1alpha1.AuthenticationPolicy", ("NONE", 0), ("MUTUAL_TLS", 1), ("INHERIT", 1000));

    public static readonly ProtoEnumType TracingServiceName = new(
        "v1alpha1.ProxyConfig_TracingServiceName", ("APP_LABEL_AND_NAMESPACE", 0), ("CANONICAL_NAME_ONLY", 1), ("CANONICAL_NAME_AND_NAMESPACE", 2));

    public static readonly ProtoMessageType ClientTlsSettings = new ProtoMessageType("*v1alpha3.ClientTLSSettings")
        .Add("mode", ProtoKind.Enum, enumType: new ProtoEnumType("v1alpha3.ClientTLSSettings_TLSmode", ("DISABLE", 0), ("SIMPLE", 1), ("MUTUAL", 2), ("ISTIO_MUTUAL", 3)))
        .Add("client_certificate", ProtoKind.String)
        .Add("private_key", ProtoKind.String)
        .Add("ca_certificates", ProtoKind.String)
        .Add("credential_name", ProtoKind.String)
        .Add("subject_alt_names", ProtoKind.RepeatedString)
        .Add("sni", ProtoKind.String)
        .Add("insecure_skip_verify", ProtoKind.Wrapper, wrapperZero: false)
        .Add("ca_crl", ProtoKind.String);

    public static readonly ProtoMessageType Tracing = new ProtoMessageType("*v1alpha1.Tracing")
        .Add("zipkin", ProtoKind.Message)
        .Add("lightstep", ProtoKind.Message)
        .Add("datadog", ProtoKind.Message)
        .Add("stackdriver", ProtoKind.Message)
        .Add("open_census_agent", ProtoKind.Message)
        .Add("custom_tags", ProtoKind.Message)
        .Add("max_path_tag_length", ProtoKind.Int)
        .Add("sampling", ProtoKind.Double)
        .Add("tls_settings", ProtoKind.Message, ClientTlsSettings)
        .Add("enable_istio_tags", ProtoKind.Wrapper, wrapperZero: false);

    public static readonly ProtoMessageType ProxyConfig = new ProtoMessageType("*v1alpha1.ProxyConfig")
        .Add("config_path", ProtoKind.String)
        .Add("binary_path", ProtoKind.String)
        .Add("service_cluster", ProtoKind.String)
        .Add("tracing_service_name", ProtoKind.Enum, enumType: TracingServiceName)
        .Add("drain_duration", ProtoKind.Duration)
        .Add("discovery_address", ProtoKind.String)
        .Add("discovery_refresh_delay", ProtoKind.Duration)
        .Add("zipkin_address", ProtoKind.String)
        .Add("statsd_udp_address", ProtoKind.String)
        .Add("envoy_metrics_service_address", ProtoKind.String)
        .Add("proxy_admin_port", ProtoKind.Int)
        .Add("availability_zone", ProtoKind.String)
        .Add("control_plane_auth_policy", ProtoKind.Enum, enumType: AuthenticationPolicy)
        .Add("custom_config_file", ProtoKind.String)
        .Add("stat_name_length", ProtoKind.Int)
        .Add("concurrency", ProtoKind.Wrapper, wrapperZero: 0)
        .Add("proxy_bootstrap_template_path", ProtoKind.String)
        .Add("interception_mode", ProtoKind.Enum, enumType: InterceptionMode)
        .Add("tracing", ProtoKind.Message, Tracing)
        .Add("sds", ProtoKind.Message)
        .Add("envoy_access_log_service", ProtoKind.Message)
        .Add("envoy_metrics_service", ProtoKind.Message)
        .Add("proxy_metadata", ProtoKind.StringMap)
        .Add("runtime_values", ProtoKind.StringMap)
        .Add("status_port", ProtoKind.Int)
        .Add("extra_stat_tags", ProtoKind.RepeatedString)
        .Add("gateway_topology", ProtoKind.Message)
        .Add("termination_drain_duration", ProtoKind.Duration)
        .Add("mesh_id", ProtoKind.String)
        .Add("readiness_probe", ProtoKind.Message)
        .Add("proxy_stats_matcher", ProtoKind.Message)
        .Add("hold_application_until_proxy_starts", ProtoKind.Wrapper, wrapperZero: false)
        .Add("ca_certificates_pem", ProtoKind.RepeatedString)
        .Add("image", ProtoKind.Message)
        .Add("private_key_provider", ProtoKind.Message)
        .Add("proxy_headers", ProtoKind.Message)
        .Add("file_flush_interval", ProtoKind.Duration)
        .Add("file_flush_min_size_kb", ProtoKind.Int)
        .Add("stats_compression", ProtoKind.Wrapper, wrapperZero: false)
        .Add("connection_settings", ProtoKind.Message);

    public static readonly ProtoMessageType MeshConfig = new ProtoMessageType("*v1alpha1.MeshConfig")
        .Add("proxy_listen_port", ProtoKind.Int)
        .Add("proxy_inbound_listen_port", ProtoKind.Int)
        .Add("proxy_http_port", ProtoKind.Int)
        .Add("connect_timeout", ProtoKind.Duration)
        .Add("protocol_detection_timeout", ProtoKind.Duration)
        .Add("ingress_class", ProtoKind.String)
        .Add("ingress_service", ProtoKind.String)
        .Add("enable_tracing", ProtoKind.Bool)
        .Add("access_log_file", ProtoKind.String)
        .Add("access_log_format", ProtoKind.String)
        .Add("default_config", ProtoKind.Message, ProxyConfig)
        .Add("extension_providers", ProtoKind.RepeatedMessage)
        .Add("default_providers", ProtoKind.Message)
        .Add("enable_prometheus_merge", ProtoKind.Wrapper, wrapperZero: false)
        .Add("enable_auto_mtls", ProtoKind.Wrapper, wrapperZero: false)
        .Add("trust_domain", ProtoKind.String)
        .Add("trust_domain_aliases", ProtoKind.RepeatedString)
        .Add("root_namespace", ProtoKind.String)
        .Add("inbound_traffic_policy", ProtoKind.Message)
        .Add("outbound_traffic_policy", ProtoKind.Message);
}
