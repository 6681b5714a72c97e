package org.khaldun.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.khaldun.InputException;
import org.khaldun.model.Article;
import org.khaldun.model.DatePrecision;

/**
 * Parses one JSON line {@code {"id", "url", "date", "title", "text", "source"}}; only {@code text}
 * is required. {@code date} may be {@code YYYY-MM-DD} or an ISO date-time; a missing id becomes a
 * hash of the text. Thread-safe.
 */
final class JsonArticleParser {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final java.time.format.DateTimeFormatter BASIC_OFFSET =
      new java.time.format.DateTimeFormatterBuilder()
          .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HHMM", "+0000")
          .toFormatter(java.util.Locale.ROOT);

  private JsonArticleParser() {}

  static Article parse(String source, int line, String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InputException(source, line, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException(source, line, "expected a JSON object with a \"text\" field");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new InputException(source, line, "missing \"text\"");
    }
    if (!textNode.isTextual()) {
      throw new InputException(
          source,
          line,
          "\"text\" must be a string, found "
              + textNode.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String text = TextChecks.withoutLoneSurrogates(textNode.asText()).strip();
    if (text.isEmpty()) {
      throw new InputException(source, line, "empty \"text\"");
    }
    if (TextChecks.looksBinary(text)) {
      throw new InputException(source, line, "\"text\" contains binary data (control characters)");
    }
    String id = string(node, "id", source, line);
    if (id == null || id.isBlank()) {
      id = TextChecks.contentId(text);
    }
    String url = string(node, "url", source, line);
    String outlet = string(node, "source", source, line);
    if (outlet == null && url != null) {
      outlet = host(url);
    }
    String dateText = string(node, "date", source, line);
    LocalDate published = date(dateText, source, line);
    DatePrecision precision =
        published != null && PublicationDates.isMonth(dateText.strip())
            ? DatePrecision.MONTH
            : DatePrecision.DAY;
    String lang = string(node, "lang", source, line);
    return new Article(
        id.strip(),
        url,
        outlet,
        published,
        string(node, "title", source, line),
        text,
        precision,
        published == null ? null : string(node, "date_source", source, line),
        lang == null || lang.isBlank() ? null : lang.strip());
  }

  private static String string(JsonNode node, String field, String source, int line) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual() || value.isNumber()) {
      return TextChecks.withoutLoneSurrogates(value.asText());
    }
    throw new InputException(source, line, "\"" + field + "\" must be a string");
  }

  /**
   * Accepts {@code 2023-10-12}, {@code 2023-10-12T08:00:00}, offset date-times and a month, {@code
   * 2023-10}, read as its first day (the caller records the precision).
   */
  static LocalDate date(String value, String source, int line) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new InputException(
          source, line, "\"date\" is empty (leave the field out when the date is unknown)");
    }
    return PublicationDates.check(parseDate(value.strip(), source, line), source, line);
  }

  private static LocalDate parseDate(String trimmed, String source, int line) {
    try {
      if (PublicationDates.isMonth(trimmed)) {
        return java.time.YearMonth.parse(trimmed).atDay(1);
      }
      if (trimmed.length() == 10) {
        return LocalDate.parse(trimmed);
      }
      if (trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d{2}:\\d{2}$")) {
        return OffsetDateTime.parse(trimmed).toLocalDate();
      }
      if (trimmed.matches(".*T.*[+-]\\d{4}$")) {
        return OffsetDateTime.parse(trimmed, BASIC_OFFSET).toLocalDate();
      }
      return LocalDateTime.parse(trimmed).toLocalDate();
    } catch (DateTimeException e) {
      throw new InputException(
          source, line, "\"date\" is not YYYY-MM-DD, YYYY-MM or an ISO date-time: " + trimmed);
    }
  }

  private static String host(String url) {
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
