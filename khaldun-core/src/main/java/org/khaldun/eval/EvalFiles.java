package org.khaldun.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khaldun.InputException;
import org.khaldun.model.CodedEvent;

/** Reads gold files and event records for scoring; errors name the file and line. */
public final class EvalFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EvalFiles() {}

  public static List<GoldEvent> readGold(Path path) {
    List<GoldEvent> gold = new ArrayList<>();
    forEachLine(
        path,
        node -> {
          PredictedEvent e = event(node);
          gold.add(
              new GoldEvent(
                  e.article(),
                  e.source(),
                  e.target(),
                  e.cameo(),
                  e.plover(),
                  e.date(),
                  !node.has("required") || node.get("required").asBoolean(true),
                  orEmpty(text(node, "evidence"))));
        });
    return gold;
  }

  /** Reads event records as written by {@code khaldun code --out}. */
  public static List<PredictedEvent> readPredicted(Path path) {
    List<PredictedEvent> predicted = new ArrayList<>();
    forEachLine(path, node -> predicted.add(event(node)));
    return predicted;
  }

  /** The fields gold and predicted records share. */
  private static PredictedEvent event(JsonNode node) {
    return new PredictedEvent(
        text(node, "article"),
        actor(node.get("source")),
        actor(node.get("target")),
        orEmpty(text(node, "cameo")),
        orEmpty(text(node, "plover")).toUpperCase(Locale.ROOT),
        date(text(node, "date")));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  public static PredictedEvent predicted(CodedEvent event) {
    return new PredictedEvent(
        event.article(),
        key(event.source()),
        key(event.target()),
        event.code().code(),
        event.code().plover() == null ? "" : event.code().plover(),
        event.date());
  }

  private static String key(org.khaldun.model.ActorMention actor) {
    if (actor == null) {
      return null;
    }
    return actor.code().country() != null ? actor.code().country() : actor.code().code();
  }

  private static void forEachLine(Path path, java.util.function.Consumer<JsonNode> handler) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (IOException e) {
        throw new InputException(path.toString(), i + 1, "not JSON: " + e.getMessage(), e);
      }
      if (!node.isObject() || text(node, "article") == null) {
        throw new InputException(
            path.toString(), i + 1, "expected an object with an \"article\" field");
      }
      handler.accept(node);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String actor(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText().toUpperCase(Locale.ROOT);
    }
    JsonNode country = node.get("country");
    if (country != null && !country.isNull() && !country.asText().isEmpty()) {
      return country.asText().toUpperCase(Locale.ROOT);
    }
    JsonNode code = node.get("code");
    return code == null || code.isNull() || code.asText().isEmpty()
        ? null
        : code.asText().toUpperCase(Locale.ROOT);
  }

  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
