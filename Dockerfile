# Injector's admission webhook.
#   docker build -t injector .
# The default injection config (injection-templates/) is compiled into the assembly; in a cluster the mounted
# istio-sidecar-injector and istio ConfigMaps take its place (see deploy/).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore in its own layer: it only changes when a project file or a package version does.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Injector.Core/Injector.Core.csproj src/Injector.Core/
COPY src/Injector.Webhook/Injector.Webhook.csproj src/Injector.Webhook/
RUN dotnet restore src/Injector.Webhook/Injector.Webhook.csproj

COPY .editorconfig ./
COPY injection-templates/ injection-templates/
COPY src/Injector.Core/ src/Injector.Core/
COPY src/Injector.Webhook/ src/Injector.Webhook/
RUN dotnet publish src/Injector.Webhook/Injector.Webhook.csproj \
      --configuration Release --no-restore --output /app \
      -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Also on disk for reference and for `Injector__InjectConfigFile=/app/injection-templates/config.yaml`.
COPY injection-templates/config.yaml injection-templates/values.json injection-templates/mesh.yaml ./injection-templates/

# The runtime image listens on HTTP 8080 by default; the webhook serves HTTPS only, on its own port.
ENV ASPNETCORE_HTTP_PORTS= \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_EnableDiagnostics=0 \
    Injector__Port=9443 \
    Injector__ListenAddress=0.0.0.0
# The image's unprivileged `app` user (uid 1654); deploy/ runs the pod as that uid with a read-only root.
USER $APP_UID
EXPOSE 9443
ENTRYPOINT ["dotnet", "Injector.Webhook.dll"]
