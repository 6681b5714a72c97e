package org.khaldun.store.foreign;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The GDELT event table, tab-separated without a header: GDELT 2.0 ({@code *.export.CSV}, 61
 * columns, what {@code export --format gdelt} writes) or GDELT 1.0 (57 or 58 columns, the last
 * {@code SOURCEURL}). Each row is one report of an event: an article of its own, {@code
 * gdelt-GLOBALEVENTID}, at its {@code SOURCEURL}, dated on the event's {@code Day}. Actor codes are
 * kept as GDELT gives them (country, then the type codes as sectors; a code without country, such
 * as {@code IGOUNO}, is international). The row's counts, tone and geography are not kept: the
 * store counts the reports it holds.
 */
public final class GdeltFormat implements EventFormat {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @Override
  public String name() {
    return "gdelt";
  }

  @Override
  public boolean hasHeader() {
    return false;
  }

  @Override
  public Rows rows(String file, String header) {
    return (line, text) -> read(file, line, text);
  }

  private static CodedArticle read(String file, int line, String text) {
    String[] f = text.split("\t", -1);
    int url;
    if (f.length == 61) {
      url = 60;
    } else if (f.length == 58) {
      url = 57;
    } else if (f.length == 57) {
      url = -1;
    } else {
      throw new InputException(
          file,
          line,
          "expected 61 (GDELT 2.0) or 57 or 58 (GDELT 1.0) tab-separated fields, found "
              + f.length);
    }
    String id = f[0].strip();
    if (!id.matches("\\d+")) {
      throw new InputException(file, line, "GLOBALEVENTID is not a number: '" + id + "'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(f[1].strip(), DAY);
    } catch (DateTimeException e) {
      throw new InputException(file, line, "Day is not YYYYMMDD: '" + f[1].strip() + "'");
    }
    CameoCode code = CameoCodes.read(f[26].strip());
    if (code == null) {
      throw new InputException(file, line, "unknown CAMEO code '" + f[26].strip() + "'");
    }
    ActorCode source = actor(f, 5);
    if (source == null) {
      throw new InputException(file, line, "no Actor1Code (a Khaldun event has a source)");
    }
    ActorCode target = actor(f, 15);
    String sourceName = name(f, 5);
    String targetName = target == null ? null : name(f, 15);
    String link = url < 0 ? "" : f[url].strip();

    String evidence = sourceName + " | " + code.name() + (target == null ? "" : " | " + targetName);
    String body = evidence + "\nGDELT event " + id + (link.isEmpty() ? "" : ", " + link) + ".";
    String articleId = "gdelt-" + id;
    int triggerStart = sourceName.length() + 3;
    int targetStart = triggerStart + code.name().length() + 3;
    CodedEvent event =
        new CodedEvent(
            articleId,
            0,
            mention(source, sourceName, 0),
            target == null ? null : mention(target, targetName, targetStart),
            code,
            new Trigger(code.name(), 0, triggerStart, triggerStart + code.name().length()),
            date,
            DateBasis.TEXT,
            DatePrecision.DAY,
            "gdelt",
            1.0,
            evidence,
            "GDELT event " + id);
    Article article =
        new Article(articleId, link.isEmpty() ? null : link, host(link), date, null, body);
    return new CodedArticle(article, 1, List.of(new CodedArticle.Mention(event, 0)));
  }

  /** The actor whose code is at {@code at} (then name, country, ..., types at +7..+9), or null. */
  private static ActorCode actor(String[] f, int at) {
    String code = f[at].strip();
    if (code.isEmpty()) {
      return null;
    }
    String country = f[at + 2].strip();
    if (country.isEmpty()) {
      return ActorCode.international(code);
    }
    List<String> types = new ArrayList<>();
    for (int i = 7; i <= 9; i++) {
      if (!f[at + i].isBlank()) {
        types.add(f[at + i].strip());
      }
    }
    return new ActorCode(country, country, types);
  }

  private static String name(String[] f, int at) {
    String name = f[at + 1].strip();
    return name.isEmpty() ? f[at].strip() : name;
  }

  private static ActorMention mention(ActorCode code, String name, int begin) {
    return new ActorMention(0, 0, 1, 0, begin, begin + name.length(), code, name, "gdelt");
  }

  private static String host(String url) {
    if (url.isEmpty()) {
      return null;
    }
    try {
      String host = new URI(url).getHost();
      if (host == null) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
