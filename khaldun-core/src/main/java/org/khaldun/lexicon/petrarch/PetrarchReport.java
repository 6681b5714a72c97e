package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a conversion of PETRARCH dictionaries read, what it converted into which Khaldun file, what
 * it left out and why (with a few {@code file:line} examples per reason), the approximations it
 * made, and the lines it could not read. Immutable.
 *
 * @param files the dictionary files used, by kind ({@code verbs: CAMEO.2.0.txt})
 * @param read records read, by kind of record
 * @param converted lines written, by Khaldun file and origin
 * @param leftOut records not converted, by reason
 * @param approximated records converted with a stated loss, by what was lost
 * @param unreadable lines that could not be read at all, by reason
 */
public record PetrarchReport(
    Map<String, List<String>> files,
    Map<String, Integer> read,
    Map<String, Integer> converted,
    Map<String, Tally> leftOut,
    Map<String, Tally> approximated,
    Map<String, Tally> unreadable) {

  /** How many examples a reason keeps. */
  static final int EXAMPLES = 3;

  /** A count with its first few examples, each {@code file:line} and, optionally, some text. */
  public record Tally(int count, List<String> examples) {
    public Tally {
      examples = List.copyOf(examples);
    }
  }

  public PetrarchReport {
    files = copy(files);
    read = Collections.unmodifiableMap(new LinkedHashMap<>(read));
    converted = Collections.unmodifiableMap(new LinkedHashMap<>(converted));
    leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    approximated = Collections.unmodifiableMap(new LinkedHashMap<>(approximated));
    unreadable = Collections.unmodifiableMap(new LinkedHashMap<>(unreadable));
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(result);
  }

  /** Records left out for {@code reason}; 0 when none were. */
  public int leftOut(String reason) {
    Tally tally = leftOut.get(reason);
    return tally == null ? 0 : tally.count();
  }

  public int totalLeftOut() {
    return leftOut.values().stream().mapToInt(Tally::count).sum();
  }

  public int totalUnreadable() {
    return unreadable.values().stream().mapToInt(Tally::count).sum();
  }

  /** A plain-text rendering: one section each for files, read, converted, left out, etc. */
  public String render() {
    StringBuilder out = new StringBuilder("PETRARCH conversion\n");
    out.append("files:\n");
    files.forEach(
        (kind, names) -> out.append("  ").append(kind).append(": ").append(names).append('\n'));
    out.append("read:\n");
    read.forEach((kind, n) -> out.append(String.format(Locale.ROOT, "  %7d  %s\n", n, kind)));
    out.append("converted:\n");
    converted.forEach((kind, n) -> out.append(String.format(Locale.ROOT, "  %7d  %s\n", n, kind)));
    section(out, "left out", leftOut);
    section(out, "converted approximately", approximated);
    section(out, "unreadable lines (skipped)", unreadable);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Map<String, Tally> tallies) {
    int total = tallies.values().stream().mapToInt(Tally::count).sum();
    out.append(title).append(": ").append(total).append('\n');
    List<Map.Entry<String, Tally>> entries = new ArrayList<>(tallies.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue().count(), a.getValue().count()));
    for (Map.Entry<String, Tally> entry : entries) {
      out.append(
          String.format(Locale.ROOT, "  %7d  %s\n", entry.getValue().count(), entry.getKey()));
      for (String example : entry.getValue().examples()) {
        out.append("             e.g. ").append(example).append('\n');
      }
    }
  }

  @Override
  public String toString() {
    return render();
  }

  /** Collects a report while converting; not thread-safe. */
  static final class Builder {
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final Map<String, Integer> read = new LinkedHashMap<>();
    private final Map<String, Integer> converted = new LinkedHashMap<>();
    private final Map<String, Counter> leftOut = new LinkedHashMap<>();
    private final Map<String, Counter> approximated = new LinkedHashMap<>();
    private final Map<String, Counter> unreadable = new LinkedHashMap<>();

    private static final class Counter {
      int count;
      final List<String> examples = new ArrayList<>(EXAMPLES);

      void add(String example) {
        count++;
        if (examples.size() < EXAMPLES && example != null) {
          examples.add(example);
        }
      }
    }

    void file(String kind, String name) {
      files.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }

    void read(String kind, int n) {
      read.merge(kind, n, Integer::sum);
    }

    void converted(String kind, int n) {
      converted.merge(kind, n, Integer::sum);
    }

    void leftOut(String reason, SourceLine at, String text) {
      leftOut.computeIfAbsent(reason, k -> new Counter()).add(example(at, text));
    }

    void approximated(String what, SourceLine at, String text) {
      approximated.computeIfAbsent(what, k -> new Counter()).add(example(at, text));
    }

    void unreadable(String reason, SourceLine at, String text) {
      unreadable.computeIfAbsent(reason, k -> new Counter()).add(example(at, text));
    }

    private static String example(SourceLine at, String text) {
      String where = at == null ? "" : at.toString();
      if (text == null || text.isBlank()) {
        return where;
      }
      String shown = text.strip().replaceAll("\\s+", " ");
      if (shown.length() > 80) {
        shown = shown.substring(0, 77) + "...";
      }
      return where.isEmpty() ? shown : where + "  " + shown;
    }

    PetrarchReport build() {
      return new PetrarchReport(
          files, read, converted, tallies(leftOut), tallies(approximated), tallies(unreadable));
    }

    private static Map<String, Tally> tallies(Map<String, Counter> counters) {
      Map<String, Tally> result = new LinkedHashMap<>();
      counters.forEach((k, c) -> result.put(k, new Tally(c.count, c.examples)));
      return result;
    }
  }
}
