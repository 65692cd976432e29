using System.Text.Json;

namespace Injector.Webhook.Endpoints;

/// <summary>Reads what it can (apiVersion, request.uid) from a body that is not a valid AdmissionReview, to answer it properly.</summary>
internal static class AdmissionReviewSalvage
{
    public static (string? ApiVersion, string? Uid) Read(ReadOnlySpan<byte> body)
    {
        string? apiVersion = null, uid = null;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var inRequest = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1)
                {
                    inRequest = false;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.CurrentDepth == 1 && reader.ValueTextEquals("apiVersion") && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    apiVersion = reader.GetString();
                }
                else if (reader.CurrentDepth == 1 && reader.ValueTextEquals("request"))
                {
                    inRequest = reader.Read() && reader.TokenType == JsonTokenType.StartObject;
                }
                else if (inRequest && reader.CurrentDepth == 2 && reader.ValueTextEquals("uid") && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    uid = reader.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Keep whatever was read before the error.
        }

        return (apiVersion, uid);
    }
}
