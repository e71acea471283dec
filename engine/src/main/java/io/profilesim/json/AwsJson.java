package io.profilesim.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one JSON configuration of profilesim, for every shape it reads or writes: AWS member names
 * ({@code DomainName}), absent members omitted, timestamps as epoch seconds (a JSON number, with a
 * fraction only when the instant has one), enums as their wire strings, map entries in key order.
 *
 * <p>Reading is strict: an unknown member, a value of the wrong type or an enum value outside the
 * model's set is a {@link BadRequestException} that names the member path, as a request to the
 * service would be.
 */
public final class AwsJson {
  private static final ObjectMapper MAPPER = newMapper();
  // Jackson's default indenter ends lines with the platform separator; files must not depend on it.
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

  private AwsJson() {}

  /**
   * Returns the shared mapper. It is configured once and thread-safe; do not reconfigure it (copy
   * it with {@link ObjectMapper#copy()} for other needs).
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a shape as compact JSON. */
  public static String write(Object shape) {
    try {
      return MAPPER.writeValueAsString(shape);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + shape.getClass().getSimpleName(), e);
    }
  }

  /** Writes a shape as indented JSON, for files people read; lines end with {@code \n} everywhere. */
  public static String writePretty(Object shape) {
    try {
      return PRETTY.writeValueAsString(shape);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + shape.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads a shape from JSON.
   *
   * @throws BadRequestException if the text is not JSON or does not fit the shape; the message names
   *     the member path and what was expected
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw toBadRequest(e);
    }
  }

  /** Reads a shape from a file, as {@link #read(String, Class)} does. */
  public static <T> T read(java.nio.file.Path file, Class<T> type) {
    try {
      return MAPPER.readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw toBadRequest(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Converts a Jackson failure into the error a caller of the service would get. */
  public static BadRequestException toBadRequest(JsonProcessingException e) {
    String path = pathOf(e);
    if (e instanceof UnrecognizedPropertyException u) {
      String where = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", ", " (known members: ", ")"));
      return new BadRequestException("Unknown member '" + u.getPropertyName() + "'"
          + (where.isEmpty() ? "" : " at '" + where + "'") + known);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ", "[", "]"));
      return BadRequestException.of(List.of(new Violation(path, String.valueOf(f.getValue()),
          "Member must satisfy enum value set: " + allowed)));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null && !path.isEmpty()) {
      return new BadRequestException("Value at '" + path + "' is not a valid "
          + describe(m.getTargetType()) + ": " + firstLine(e.getOriginalMessage()));
    }
    String location = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return new BadRequestException("Malformed JSON" + location + ": " + firstLine(e.getOriginalMessage()));
  }

  private static String pathOf(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        String name = ref.getFieldName();
        path.append(Character.toLowerCase(name.charAt(0))).append(name.substring(1));
      } else if (ref.getIndex() >= 0) {
        path.append('.').append(ref.getIndex() + 1).append(".member");
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == Instant.class) {
      return "timestamp (epoch seconds)";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "number";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "list";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "map";
    }
    return type == String.class ? "string" : "structure";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static ObjectMapper newMapper() {
    SimpleModule time = new SimpleModule("aws-epoch-seconds")
        .addSerializer(Instant.class, new EpochSecondsSerializer())
        .addDeserializer(Instant.class, new EpochSecondsDeserializer());
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .addModule(time)
        .build();
  }

  /** Epoch seconds, as the rest-json protocol writes timestamps: 1700000000 or 1700000000.25. */
  private static final class EpochSecondsSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.getNano() == 0) {
        gen.writeNumber(value.getEpochSecond());
      } else {
        gen.writeNumber(BigDecimal.valueOf(value.getEpochSecond())
            .add(BigDecimal.valueOf(value.getNano(), 9)).stripTrailingZeros());
      }
    }
  }

  /** Reads epoch seconds (integer or decimal) and, for hand-written files, ISO-8601 strings. */
  private static final class EpochSecondsDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal seconds = p.getDecimalValue();
        long whole = seconds.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
      }
      if (token == JsonToken.VALUE_STRING) {
        try {
          return Instant.parse(p.getText());
        } catch (DateTimeException e) {
          return (Instant) ctx.handleWeirdStringValue(Instant.class, p.getText(),
              "expected epoch seconds or an ISO-8601 instant such as 2026-01-03T00:00:00Z");
        }
      }
      return (Instant) ctx.handleUnexpectedToken(Instant.class, p);
    }
  }
}
