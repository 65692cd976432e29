namespace Injector.Webhook.Telemetry;

/// <summary>
/// Every log event id the webhook uses, in one place so that ids stay unique. Append only: never renumber
/// or reuse an id, dashboards and alerts key on them.
/// </summary>
internal static class LogEventIds
{
    public const int SettingsLoaded = 1000;
    public const int SettingsReloaded = 1001;
    public const int SettingsReloadFailed = 1002;
    public const int SettingsFromEmbeddedDefault = 1003;
    public const int NativeSidecarsOffOutsideCluster = 1010;
    public const int NativeSidecarsDetected = 1011;
    public const int NativeSidecarDetectionFailed = 1012;

    public const int CertificateLoaded = 1100;
    public const int CertificateReloaded = 1101;
    public const int CertificateReloadFailed = 1102;
    public const int CertificateGenerated = 1103;

    public const int AdmissionHandled = 1200;
    public const int AdmissionRejectedInput = 1201;
    public const int AdmissionUnhandledException = 1202;

    public const int FileCheckFailed = 1300;
}
