package org.khaldun.store.foreign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khaldun.InputException;
import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;
import org.khaldun.model.Trigger;
import org.khaldun.ontology.CameoCode;
import org.khaldun.store.CodedArticle;

/**
 * ICEWS coded event data as published on Dataverse: tab-separated, a header line naming the columns
 * ({@code Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO
 * Code, Intensity, Target Name, ...}, found by name, in any order). Each row is one report of an
 * event: an article of its own, {@code icews-EVENTID}, from its publisher and dated on the event's
 * date, whose text names the actors, the event and the story it came from (ICEWS publishes no story
 * text). Countries map to ISO codes by Khaldun's country table, sectors to CAMEO agent codes;
 * geography and intensity are not kept (the store has no place for them, and the Goldstein weight
 * comes with the CAMEO code).
 */
public final class IcewsFormat implements EventFormat {
  private static final List<String> REQUIRED =
      List.of(
          "Event ID",
          "Event Date",
          "Source Name",
          "Source Sectors",
          "Source Country",
          "Event Text",
          "CAMEO Code",
          "Target Name",
          "Target Sectors",
          "Target Country",
          "Story ID",
          "Sentence Number",
          "Publisher");

  @Override
  public String name() {
    return "icews";
  }

  @Override
  public Rows rows(String file, String header) {
    String[] names = header.replace("\uFEFF", "").split("\t", -1);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i].strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!columns.containsKey(name.toLowerCase(Locale.ROOT))) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(
          file,
          1,
          "not an ICEWS event file: the header (tab-separated) lacks "
              + String.join(", ", missing));
    }
    return new IcewsRows(file, names.length, columns);
  }

  private record IcewsRows(String file, int width, Map<String, Integer> columns) implements Rows {
    @Override
    public CodedArticle read(int line, String text) {
      String[] f = text.split("\t", -1);
      if (f.length != width) {
        throw fail(
            line,
            "expected " + width + " tab-separated fields as the header has, found " + f.length);
      }
      String id = get(f, "Event ID");
      if (id.isEmpty()) {
        throw fail(line, "no Event ID");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(get(f, "Event Date"));
      } catch (DateTimeException e) {
        throw fail(line, "Event Date is not YYYY-MM-DD: '" + get(f, "Event Date") + "'");
      }
      CameoCode code = cameo(line, get(f, "CAMEO Code"));
      String sourceName = get(f, "Source Name");
      if (sourceName.isEmpty()) {
        throw fail(line, "no Source Name");
      }
      ActorCode source =
          actor(line, "source", sourceName, get(f, "Source Country"), get(f, "Source Sectors"));
      String targetName = get(f, "Target Name");
      ActorCode target =
          targetName.isEmpty()
              ? null
              : actor(
                  line, "target", targetName, get(f, "Target Country"), get(f, "Target Sectors"));
      String eventText = get(f, "Event Text").isEmpty() ? code.name() : get(f, "Event Text");

      // The text an analyst reads as evidence: "SOURCE | EVENT | TARGET", then where it came from.
      String evidence = sourceName + " | " + eventText + (target == null ? "" : " | " + targetName);
      String publisher = get(f, "Publisher");
      String body =
          evidence
              + "\nICEWS event "
              + id
              + ", story "
              + get(f, "Story ID")
              + ", sentence "
              + get(f, "Sentence Number")
              + (publisher.isEmpty() ? "" : ", " + publisher)
              + ".";
      String articleId = "icews-" + id;
      int triggerStart = sourceName.length() + 3;
      int targetStart = triggerStart + eventText.length() + 3;
      CodedEvent event =
          new CodedEvent(
              articleId,
              0,
              mention(source, sourceName, 0),
              target == null ? null : mention(target, targetName, targetStart),
              code,
              new Trigger(eventText, 0, triggerStart, triggerStart + eventText.length()),
              date,
              DateBasis.TEXT,
              DatePrecision.DAY,
              "icews",
              1.0,
              evidence,
              "ICEWS event " + id);
      Article article =
          new Article(articleId, null, publisher.isEmpty() ? null : publisher, date, null, body);
      return new CodedArticle(article, 1, List.of(new CodedArticle.Mention(event, 0)));
    }

    private String get(String[] fields, String column) {
      return fields[columns.get(column.toLowerCase(Locale.ROOT))].strip();
    }

    private CameoCode cameo(int line, String written) {
      CameoCode code = CameoCodes.read(written);
      if (code == null) {
        throw fail(line, "unknown CAMEO code '" + written + "'");
      }
      return code;
    }

    private ActorCode actor(int line, String side, String name, String country, String sectors) {
      if (country.isEmpty()) {
        ActorCode organisation = ActorNames.bundled().organisation(name);
        if (organisation == null) {
          throw fail(
              line,
              side
                  + " '"
                  + name
                  + "' has no country and is no international organisation Khaldun knows");
        }
        return organisation;
      }
      String iso = ActorNames.bundled().country(country);
      if (iso == null) {
        throw fail(line, "unknown " + side + " country '" + country + "'");
      }
      String sector = Sectors.of(sectors);
      return sector == null ? ActorCode.country(iso) : ActorCode.country(iso, sector);
    }

    private static ActorMention mention(ActorCode code, String name, int begin) {
      return new ActorMention(0, 0, 1, 0, begin, begin + name.length(), code, name, "icews");
    }

    private InputException fail(int line, String reason) {
      return new InputException(file, line, reason);
    }
  }
}
