using System.Buffers;
using System.Text.Json;

using Injector.Core.Admission;
using Injector.Core.Telemetry;
using Injector.Webhook.Options;
using Injector.Webhook.Telemetry;

using Microsoft.Net.Http.Headers;

namespace Injector.Webhook.Endpoints;

/// <summary>
/// <c>POST /inject</c> and Istio's parameterised paths (<c>/inject/cluster/X/net/Y</c>, <c>/inject/:ENV:k=v</c>):
/// reads an AdmissionReview, runs the admission handler on the current settings and answers in the same version.
/// Bad input gets a precise status (415, 400, 413) or, when a uid can be read, an AdmissionReview refusal.
/// </summary>
internal static partial class AdmissionEndpoints
{
    /// <summary>The largest body accepted; the API server's own request limit is 3 MiB of object.</summary>
    public const int MaxBodyBytes = 6 * 1024 * 1024;

    public static IEndpointRouteBuilder MapAdmissionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/inject", HandleAsync);
        endpoints.MapPost("/inject/{**parameters}", HandleAsync);
        return endpoints;
    }

    /// <summary>Writes an AdmissionReview refusal; also used by the global exception handler so nothing answers 500.</summary>
    public static Task WriteReviewAsync(HttpContext context, AdmissionReview review)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, review, AdmissionJsonContext.Default.AdmissionReview, context.RequestAborted);
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdmissionEndpoints));
        using var observation = services.GetRequiredService<AdmissionTelemetry>().Begin(context.Request.Headers);

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await Reject(context, logger, observation, RejectionReasons.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType, "invalid Content-Type, want application/json").ConfigureAwait(false);
            return;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await Reject(context, logger, observation, RejectionReasons.BodyTooLarge, StatusCodes.Status413PayloadTooLarge, $"request body larger than {MaxBodyBytes} bytes").ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await Reject(context, logger, observation, RejectionReasons.BodyTooLarge, StatusCodes.Status413PayloadTooLarge, $"request body larger than {MaxBodyBytes} bytes").ConfigureAwait(false);
            return;
        }

        if (body.Length == 0)
        {
            await Reject(context, logger, observation, RejectionReasons.EmptyBody, StatusCodes.Status400BadRequest, "no body found").ConfigureAwait(false);
            return;
        }

        AdmissionReview? review;
        try
        {
            using (InjectionPhaseMetrics.Start(InjectionPhase.Decode))
            {
                review = JsonSerializer.Deserialize(body, AdmissionJsonContext.Default.AdmissionReview);
            }
        }
        catch (JsonException ex)
        {
            var (apiVersion, uid) = AdmissionReviewSalvage.Read(body);
            if (uid is null)
            {
                await Reject(context, logger, observation, RejectionReasons.MalformedReview, StatusCodes.Status400BadRequest, $"body is not an AdmissionReview: {ex.Message}").ConfigureAwait(false);
                return;
            }

            await Refuse(context, logger, observation, RejectionReasons.MalformedReview, AnswerVersion(apiVersion), uid, $"malformed AdmissionReview: {ex.Message}").ConfigureAwait(false);
            return;
        }

        var version = AnswerVersion(review?.ApiVersion);
        if (review?.Request is not { } request)
        {
            await Refuse(context, logger, observation, RejectionReasons.NoRequest, version, uid: null, "the AdmissionReview has no request").ConfigureAwait(false);
            return;
        }

        if (!AdmissionApiVersions.IsSupported(review.ApiVersion) || review.Kind != AdmissionApiVersions.ReviewKind)
        {
            var message = $"unsupported {review.ApiVersion}/{review.Kind}: want {AdmissionApiVersions.V1} or {AdmissionApiVersions.V1Beta1} {AdmissionApiVersions.ReviewKind}";
            await Refuse(context, logger, observation, RejectionReasons.UnsupportedVersion, version, request.Uid, message).ConfigureAwait(false);
            return;
        }

        context.Items[typeof(AdmissionReview)] = AdmissionReview.Answer(version, AdmissionResponse.Deny(request.Uid, string.Empty, 500));
        var settings = services.GetRequiredService<InjectionSettingsProvider>().Current;
        var namespaceName = request.Namespace ?? string.Empty;
        var namespaceObject = namespaceName.Length > 0 ? services.GetRequiredService<INamespaceObjectSource>().Find(namespaceName) : null;
        var decision = AdmissionHandler.Handle(settings, request, InjectionPathParameters.Parse(context.Request.Path.Value), namespaceObject);

        Log.AdmissionHandled(
            logger,
            request.Uid ?? string.Empty,
            namespaceName,
            decision.PodName,
            decision.Kind,
            decision.Injection?.Reason.ToString() ?? string.Empty,
            decision.Injection is { Templates.Count: > 0 } injection ? string.Join(",", injection.Templates) : string.Empty,
            observation.Elapsed.TotalMilliseconds);
        observation.Completed(decision, request.Uid ?? string.Empty, namespaceName);
        await WriteReviewAsync(context, AdmissionReview.Answer(version, decision.Response)).ConfigureAwait(false);
    }

    /// <summary>Reads the body up to the limit; null when it is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var content = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (content.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                content.Write(buffer, 0, read);
            }

            return content.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string AnswerVersion(string? requested) =>
        AdmissionApiVersions.IsSupported(requested) ? requested! : AdmissionApiVersions.V1;

    /// <summary>Input that is not an AdmissionReview at all: an HTTP error status with the reason as text.</summary>
    private static Task Reject(HttpContext context, ILogger logger, AdmissionObservation observation, string reason, int status, string message)
    {
        observation.Rejected(reason, message);
        Log.AdmissionRejectedInput(logger, status, message);
        return Results.Text(message, statusCode: status).ExecuteAsync(context);
    }

    /// <summary>A review that can be answered but not handled: a refusal the API server shows to the user.</summary>
    private static Task Refuse(
        HttpContext context, ILogger logger, AdmissionObservation observation, string reason, string version, string? uid, string message)
    {
        observation.Rejected(reason, message);
        Log.AdmissionRejectedInput(logger, StatusCodes.Status200OK, message);
        return WriteReviewAsync(context, AdmissionReview.Answer(version, AdmissionResponse.Deny(uid, message)));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.AdmissionHandled, Level = LogLevel.Information,
            Message = "Admission {Uid} {Namespace}/{Pod}: {Decision} {Reason} templates={Templates} in {DurationMs:F2} ms")]
        public static partial void AdmissionHandled(
            ILogger logger, string uid, string @namespace, string pod, AdmissionDecisionKind decision, string reason, string templates, double durationMs);

        [LoggerMessage(EventId = LogEventIds.AdmissionRejectedInput, Level = LogLevel.Warning,
            Message = "Admission request rejected ({Status}): {Reason}")]
        public static partial void AdmissionRejectedInput(ILogger logger, int status, string reason);
    }
}
