using System.Net;
using System.Text.Json.Nodes;

using Injector.Core.Admission;
using Injector.Webhook.Tests.TestSupport;

namespace Injector.Webhook.Tests.Endpoints;

public sealed class AdmissionEndpointTests : IAsyncLifetime
{
    private WebhookServer server = null!;

    public async Task InitializeAsync() => server = await WebhookServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/yaml")]
    [InlineData("")]
    public async Task Post_WrongContentType_Is415(string contentType)
    {
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Reviews.For(Reviews.Pod()).ToJsonString()));
        if (contentType.Length > 0)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await server.Client.PostAsync("/inject", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_EmptyBody_Is400()
    {
        using var response = await server.PostAsync("/inject", string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverSixMebibytes_Is413()
    {
        var pod = Reviews.Pod();
        pod["metadata"]!["annotations"] = new JsonObject { ["big"] = new string('x', (6 * 1024 * 1024) + 10) };

        using var response = await server.PostAsync("/inject", Reviews.For(pod).ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverSixMebibytes_Is413()
    {
        var body = Reviews.For(Reviews.Pod()).ToJsonString().Replace("\"web\"", "\"" + new string('y', (6 * 1024 * 1024) + 10) + "\"", StringComparison.Ordinal);
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/inject") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJsonWithReadableUid_AnswersReviewWithUidAndMessage()
    {
        using var response = await server.PostAsync("/inject", """{"apiVersion":"admission.k8s.io/v1beta1","kind":"AdmissionReview","request":{"uid":"abc-123","object":{"x": nope""");
        var review = System.Text.Json.JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), AdmissionJsonContext.Default.AdmissionReview)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AdmissionApiVersions.V1Beta1, review.ApiVersion);
        Assert.Equal("abc-123", review.Response!.Uid);
        Assert.False(review.Response.Allowed);
        Assert.Contains("malformed AdmissionReview", review.Response.Status!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"AdmissionReview\"")]
    public async Task Post_UnreadableBody_Is400(string body)
    {
        using var response = await server.PostAsync("/inject", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ReviewWithoutRequest_AnswersReviewWithMessage()
    {
        var review = await server.ReviewAsync(new JsonObject { ["apiVersion"] = AdmissionApiVersions.V1, ["kind"] = "AdmissionReview" });

        Assert.False(review.Response!.Allowed);
        Assert.Contains("no request", review.Response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TypeMismatchInRequest_AnswersReviewWithUid()
    {
        var body = Reviews.For(Reviews.Pod(), uid: "u-7");
        body["request"]!["dryRun"] = "sometimes";

        using var response = await server.PostAsync("/inject", body.ToJsonString());
        var review = System.Text.Json.JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), AdmissionJsonContext.Default.AdmissionReview)!;

        Assert.Equal("u-7", review.Response!.Uid);
        Assert.False(review.Response.Allowed);
    }

    [Fact]
    public async Task Post_UnsupportedVersion_RefusesInV1()
    {
        var review = await server.ReviewAsync(Reviews.For(Reviews.Pod(), uid: "u-9", apiVersion: "admission.k8s.io/v2"));

        Assert.Equal(AdmissionApiVersions.V1, review.ApiVersion);
        Assert.Equal("u-9", review.Response!.Uid);
        Assert.False(review.Response.Allowed);
    }

    [Theory]
    [InlineData(AdmissionApiVersions.V1)]
    [InlineData(AdmissionApiVersions.V1Beta1)]
    public async Task Post_Review_EchoesVersionAndUid(string apiVersion)
    {
        var review = await server.ReviewAsync(Reviews.For(Reviews.Pod(), uid: "uid-" + apiVersion, apiVersion: apiVersion));

        Assert.Equal(apiVersion, review.ApiVersion);
        Assert.Equal("AdmissionReview", review.Kind);
        Assert.Equal("uid-" + apiVersion, review.Response!.Uid);
        Assert.Null(review.Request);
    }

    [Fact]
    public async Task Post_NonPodObject_AllowedWithoutPatch()
    {
        var deployment = new JsonObject { ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["metadata"] = new JsonObject { ["name"] = "d" } };

        var review = await server.ReviewAsync(Reviews.For(deployment, kind: "Deployment", group: "apps"));

        Assert.True(review.Response!.Allowed);
        Assert.Null(review.Response.Patch);
        Assert.Null(review.Response.PatchType);
    }

    [Theory]
    [InlineData("UPDATE")]
    [InlineData("DELETE")]
    public async Task Post_PodOperationOtherThanCreate_AllowedWithoutPatch(string operation)
    {
        var review = await server.ReviewAsync(Reviews.For(Reviews.Pod(), operation: operation));

        Assert.True(review.Response!.Allowed);
        Assert.Null(review.Response.Patch);
    }

    [Theory]
    [InlineData("/inject/cluster/c1/net/n1")]
    [InlineData("/inject/:ENV:cluster=c1:ENV:net=n1")]
    [InlineData("/inject/")]
    public async Task Post_ParameterisedPath_IsServed(string path)
    {
        var review = await server.ReviewAsync(Reviews.For(Reviews.Pod(), uid: "p-1"), path);

        Assert.Equal("p-1", review.Response!.Uid);
    }

    [Fact]
    public async Task Get_Healthz_IsOk()
    {
        using var response = await server.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Readyz_IsReadyOnceSettingsAndCertificateAreLoaded()
    {
        using var response = await server.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_OverHttp2_NegotiatesHttp2()
    {
        using var client = server.CreateClient(version: HttpVersion.Version20);

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task Connect_WithTls11_IsRefused()
    {
        using var handler = new SocketsHttpHandler();
#pragma warning disable SYSLIB0039 // The point is to offer an old protocol and see it refused.
        handler.SslOptions.EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls11;
#pragma warning restore SYSLIB0039
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        using var client = new HttpClient(handler) { BaseAddress = server.Address };

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync("/healthz"));
    }
}
