package org.khaldun.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.store.EventQuery;
import org.khaldun.store.Queries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khaldun events}: lists stored events matching filters, newest first. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Lists stored (deduplicated) events, newest first.")
final class EventsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
  String to;

  @Option(
      names = "--source",
      paramLabel = "CODE",
      description = "Source country (IRN) or organisation (IGOUNO).")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Target country or organisation.")
  String target;

  @Option(
      names = "--dyad",
      paramLabel = "C1,C2",
      description = "Events between two actors, either direction.")
  String dyad;

  @Option(
      names = "--code",
      paramLabel = "CODE",
      description = "CAMEO root (04), code (041) or PLOVER type (CONSULT).")
  String code;

  @Option(
      names = "--quad",
      paramLabel = "1-4",
      description = "QuadClass: 1 verbal cooperation ... 4 material conflict.")
  String quad;

  @Option(names = "--text", paramLabel = "WORD", description = "A word the evidence contains.")
  String text;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N events (default: ${DEFAULT-VALUE}).")
  String limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws IOException {
    if (!List.of("table", "jsonl", "csv").contains(format)) {
      throw new IllegalArgumentException("--format must be table, jsonl or csv, not " + format);
    }
    EventQuery query =
        EventQuery.parse(from, to, source, target, dyad, code, quad, text, limit, null);
    List<Queries.EventRow> rows = new Queries(storeOptions.store()).events(query);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "jsonl" -> {
        for (Queries.EventRow row : rows) {
          out.println(JSON.writeValueAsString(record(row)));
        }
      }
      case "csv" -> {
        out.println(
            "event_id,date,source,target,cameo,plover,quad_class,goldstein,num_mentions,num_sources,num_articles,first_seen,last_seen,evidence");
        for (Queries.EventRow r : rows) {
          out.println(
              String.join(
                  ",",
                  csv(r.eventId()),
                  csv(r.date()),
                  csv(r.sourceCode()),
                  csv(r.targetCode()),
                  csv(r.cameo()),
                  csv(r.plover()),
                  Integer.toString(r.quadClass()),
                  Double.toString(r.goldstein()),
                  Integer.toString(r.numMentions()),
                  Integer.toString(r.numSources()),
                  Integer.toString(r.numArticles()),
                  csv(r.firstSeen()),
                  csv(r.lastSeen()),
                  csv(r.evidence())));
        }
      }
      default -> table(out, rows);
    }
    out.flush();
    return 0;
  }

  /** The event record of the representative mention, with the event's id and dedup counts. */
  static ObjectNode record(Queries.EventRow row) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(row.record());
    node.put("event_id", row.eventId());
    node.put("date", row.date() == null ? null : row.date().toString());
    node.put("num_mentions", row.numMentions());
    node.put("num_sources", row.numSources());
    node.put("num_articles", row.numArticles());
    node.put("first_seen", row.firstSeen() == null ? null : row.firstSeen().toString());
    node.put("last_seen", row.lastSeen() == null ? null : row.lastSeen().toString());
    return node;
  }

  private static void table(PrintWriter out, List<Queries.EventRow> rows) {
    String format = "%-10s %-26s %-30s %-26s %4s %4s %4s  %s%n";
    out.printf(
        Locale.ROOT,
        format,
        "date",
        "source",
        "event",
        "target",
        "ment",
        "src",
        "art",
        "event id / evidence");
    for (Queries.EventRow r : rows) {
      out.printf(
          Locale.ROOT,
          format,
          r.date() == null ? "-" : r.date(),
          EventTable.clip(r.sourceCode() + " " + nullToEmpty(r.sourceName()), 26),
          EventTable.clip(
              r.cameo() + " " + org.khaldun.ontology.Cameo.bundled().get(r.cameo()).name(), 30),
          r.targetCode() == null
              ? "-"
              : EventTable.clip(r.targetCode() + " " + nullToEmpty(r.targetName()), 26),
          r.numMentions(),
          r.numSources(),
          r.numArticles(),
          r.eventId() + "  " + EventTable.clip(r.evidence().replaceAll("\\s+", " "), 60));
    }
    if (rows.isEmpty()) {
      out.println("(no events match)");
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static String csv(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
