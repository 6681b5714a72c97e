package org.khaldun.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.khaldun.model.ActorMention;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DatePrecision;
import org.khaldun.util.Sha256;

/**
 * Writes coded events as Khaldun's event record, one JSON object per line (the output contract of
 * ARCHITECTURE.md that the scorer and every export read). Thread-safe.
 */
public final class EventJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EventJson() {}

  /**
   * A stable id: the same event in the same sentence gets the same id on every run. Actor spans are
   * part of it because one call with two people of the same code ("spoke with A and B") is two
   * mentions.
   */
  public static String id(CodedEvent event) {
    String key =
        event.article()
            + "\u0000"
            + event.sentence()
            + "\u0000"
            + event.trigger().begin()
            + "\u0000"
            + event.code().code()
            + "\u0000"
            + event.source().code().code()
            + "\u0000"
            + event.source().begin()
            + "\u0000"
            + (event.target() == null
                ? ""
                : event.target().code().code() + "\u0000" + event.target().begin());
    return Sha256.hex(8, key);
  }

  public static String toJson(CodedEvent event) {
    StringWriter out = new StringWriter(1024);
    write(event, out);
    return out.toString();
  }

  /** Writes one record without a trailing newline. */
  public static void write(CodedEvent event, Writer out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("id", id(event));
      json.writeStringField("article", event.article());
      json.writeNumberField("sentence", event.sentence());
      json.writeStringField("date", event.date() == null ? null : event.date().toString());
      json.writeStringField("date_basis", event.dateBasis().label());
      if (event.date() != null && event.datePrecision() != DatePrecision.DAY) {
        json.writeStringField("date_precision", event.datePrecision().label());
      }
      json.writeFieldName("source");
      actor(json, event.source());
      json.writeFieldName("target");
      actor(json, event.target());
      json.writeStringField("cameo", event.code().code());
      json.writeStringField("cameo_name", event.code().name());
      json.writeStringField("cameo_root", event.code().root());
      json.writeNumberField("quad_class", event.code().quadClass());
      json.writeNumberField("goldstein", event.code().goldstein());
      json.writeStringField("plover", event.code().plover());
      json.writeStringField("plover_mode", event.code().mode());
      json.writeObjectFieldStart("trigger");
      json.writeStringField("text", event.trigger().text());
      json.writeNumberField("start", event.trigger().begin());
      json.writeNumberField("end", event.trigger().end());
      json.writeEndObject();
      json.writeStringField("evidence", event.evidence());
      json.writeStringField("pattern", event.pattern());
      json.writeNumberField("confidence", event.confidence());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void actor(JsonGenerator json, ActorMention actor) throws IOException {
    if (actor == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("code", actor.code().code());
    json.writeStringField("country", actor.code().country());
    json.writeArrayFieldStart("sectors");
    for (String sector : actor.code().sectors()) {
      json.writeString(sector);
    }
    json.writeEndArray();
    json.writeStringField("name", actor.name());
    json.writeNumberField("start", actor.begin());
    json.writeNumberField("end", actor.endChar());
    json.writeEndObject();
  }
}
