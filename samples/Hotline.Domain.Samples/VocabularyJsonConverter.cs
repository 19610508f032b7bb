using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain.Samples;

/// <summary>
/// Writes every vocabulary item (TicketCategory, Complexity, DayKind, …) as its stable <c>Code</c> and reads it back
/// with <c>FromCode</c>: the persisted shape the library documents. Integrators copy this into their own code; the
/// library carries no serializer attributes.
/// </summary>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => VocabularyBase(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(VocabularyJsonConverter<>).MakeGenericType(typeToConvert))!;

    private static Type? VocabularyBase(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Vocabulary<>))
            {
                return type;
            }
        }

        return null;
    }

    private sealed class VocabularyJsonConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : Vocabulary<TEnum>
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? Vocabulary<TEnum>.FromCode(reader.GetString()!)
                : throw new JsonException($"A {typeof(TEnum).Name} is stored as its code, a JSON string; found {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
    }
}
