using Injector.Core.Admission;
using Injector.Webhook.Telemetry;

using Microsoft.AspNetCore.Diagnostics;

namespace Injector.Webhook.Endpoints;

/// <summary>
/// The last line of defence: an exception escaping a request becomes an AdmissionReview refusal rather than a 500,
/// so the API server shows the user a message instead of a transport error.
/// </summary>
internal static partial class AdmissionExceptionHandler
{
    public static async Task HandleAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdmissionExceptionHandler));
        Log.UnhandledException(logger, context.Request.Path.Value ?? string.Empty, error);
        var message = $"the injector failed to handle the request: {error?.Message ?? "unknown error"}";

        // The endpoint leaves the version and uid here once it has read them, so the refusal can still echo them.
        var answer = context.Items[typeof(AdmissionReview)] as AdmissionReview
            ?? AdmissionReview.Answer(AdmissionApiVersions.V1, AdmissionResponse.Deny(null, string.Empty, 500));
        answer.Response!.Status!.Message = message;
        await AdmissionEndpoints.WriteReviewAsync(context, answer).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.AdmissionUnhandledException, Level = LogLevel.Error,
            Message = "Unhandled exception while serving {Path}; answered with an AdmissionReview refusal")]
        public static partial void UnhandledException(ILogger logger, string path, Exception? exception);
    }
}
