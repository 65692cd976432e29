// The baseline of the webhook load measurement (bench/load/run.sh): Kestrel over HTTPS with the webhook's TLS setup
// (127.0.0.1, HTTP/1.1 and HTTP/2, TLS 1.2 and 1.3, a PEM certificate), answering POST /echo with the request body.
// What the webhook costs beyond this is the cost of admission itself.
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

var builder = WebApplication.CreateBuilder(args);
var port = builder.Configuration.GetValue("Echo:Port", 9444);
var certFile = builder.Configuration["Echo:CertFile"] ?? throw new InvalidOperationException("Echo:CertFile is required");
var keyFile = builder.Configuration["Echo:KeyFile"] ?? throw new InvalidOperationException("Echo:KeyFile is required");

// Exported to PKCS#12 and loaded back, as the webhook does, so the key is usable by SslStream on every platform.
using var pem = X509Certificate2.CreateFromPemFile(certFile, keyFile);
var certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), password: null);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Listen(IPAddress.Loopback, port, listen =>
    {
        listen.Protocols = HttpProtocols.Http1AndHttp2;
        listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ServerCertificateSelector = (_, _) => certificate,
        });
    });
});

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapPost("/echo", async (HttpContext context) =>
{
    // Buffered, as the webhook buffers an AdmissionReview before reading it.
    using var body = new MemoryStream();
    await context.Request.Body.CopyToAsync(body, context.RequestAborted);
    context.Response.ContentType = context.Request.ContentType ?? "application/octet-stream";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
});
app.Run();
