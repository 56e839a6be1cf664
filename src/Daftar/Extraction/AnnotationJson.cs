using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Daftar.Domain;

namespace Daftar.Extraction;

/// <summary>
/// JSON of the annotation contract: snake_case fields, lower-case words for kinds and stances, TIMEX3 and
/// PLOVER types in capitals ("DATE", "ASSAULT") as the contract writes them.
/// </summary>
public static class AnnotationJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter<TimexType>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<EventType>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
