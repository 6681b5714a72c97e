package org.khaldun.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khaldun.model.ActorMention;
import org.khaldun.model.CodedEvent;

/**
 * The news-like test sentences of {@code newslike-suite.txt} (format in its header) and how a coded
 * sentence is compared with what it expects: every expected event found, nothing else. A
 * consultation (04x) or signed agreement (057) is one event between two sides, whichever side
 * reports it, so its expected lines in both directions (a visit: 042 one way, 043 the other) are
 * one expectation that any of their codes meets.
 */
final class NewsLikeSuite {
  static final String RESOURCE = "org/khaldun/coding/newslike-suite.txt";

  /** One expected event: its sides and the codes that meet it. */
  record Expected(String source, String target, Set<String> codes, boolean symmetric) {
    boolean matches(CodedEvent event) {
      if (!codes.contains(event.code().code())) {
        return false;
      }
      String s = key(event.source());
      String t = key(event.target());
      // A target of "-" accepts any, as the evaluation scorer's null target does.
      boolean straight = same(source, s) && (target == null || same(target, t));
      boolean crossed = symmetric && target != null && same(source, t) && same(target, s);
      return straight || crossed;
    }

    @Override
    public String toString() {
      return source + ">" + (target == null ? "-" : target) + " " + String.join("|", codes);
    }
  }

  /** One test sentence. */
  record Line(int number, LocalDate date, String text, List<Expected> expected) {}

  private NewsLikeSuite() {}

  static List<Line> read() {
    try (InputStream in = NewsLikeSuite.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Line> result = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" \\| ");
        if (parts.length != 3) {
          throw new IllegalStateException(
              RESOURCE + ":" + (i + 1) + ": expected DATE | TEXT | EVENTS");
        }
        result.add(
            new Line(
                i + 1, LocalDate.parse(parts[0].strip()), parts[1].strip(), expected(parts[2])));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Expected> expected(String field) {
    String value = field.strip();
    if (value.equals("-")) {
      return List.of();
    }
    Map<String, Expected> byKey = new LinkedHashMap<>();
    for (String item : value.split(";\\s*")) {
      String[] parts = item.strip().split("\\s+");
      String[] sides = parts[0].split(">");
      String source = sides[0];
      String target = sides[1].equals("-") ? null : sides[1];
      Set<String> codes = Set.of(parts[1].split("\\|"));
      boolean symmetric =
          codes.stream().allMatch(c -> c.startsWith("04") || c.equals("057")) && target != null;
      String key =
          symmetric
              ? (source.compareTo(target) < 0 ? source + ">" + target : target + ">" + source)
              : source + ">" + target + ":" + String.join("|", codes);
      Expected previous = byKey.get(key);
      if (previous != null) {
        Set<String> merged = new java.util.TreeSet<>(previous.codes());
        merged.addAll(codes);
        byKey.put(key, new Expected(previous.source(), previous.target(), merged, true));
      } else {
        byKey.put(key, new Expected(source, target, codes, symmetric));
      }
    }
    return List.copyOf(byKey.values());
  }

  /** The scorer's actor key: the country, else the international code. */
  static String key(ActorMention actor) {
    if (actor == null) {
      return null;
    }
    return actor.code().country() != null ? actor.code().country() : actor.code().code();
  }

  private static boolean same(String expected, String actual) {
    if (actual == null) {
      return false;
    }
    return expected.length() == 3 && !Set.of("IGO", "NGO", "IMG", "MNC").contains(expected)
        ? actual.equals(expected)
        : actual.startsWith(expected);
  }
}
