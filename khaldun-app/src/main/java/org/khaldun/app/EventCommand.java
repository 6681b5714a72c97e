package org.khaldun.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.store.Queries;
import org.khaldun.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code khaldun event ID}: one event with every mention and its evidence sentence. */
@Command(
    name = "event",
    mixinStandardHelpOptions = true,
    description = "Shows one stored event with all its mentions and evidence.")
final class EventCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "An event id, as listed by 'khaldun events'.")
  String id;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    Store store = storeOptions.store();
    Queries.EventDetail detail =
        new Queries(store)
            .event(id)
            .orElseThrow(
                () -> new IllegalArgumentException("no event " + id + " in " + store.database()));
    Queries.EventRow e = detail.event();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT, "event %s  %s%n", e.eventId(), e.date() == null ? "(undated)" : e.date());
    out.printf(
        Locale.ROOT,
        "  %s %s  -%s %s (%s)->  %s %s%n",
        e.sourceCode(),
        nullToEmpty(e.sourceName()),
        e.cameo(),
        org.khaldun.ontology.Cameo.bundled().get(e.cameo()).name(),
        e.plover() == null ? "no PLOVER type" : e.plover(),
        e.targetCode() == null ? "-" : e.targetCode(),
        nullToEmpty(e.targetName()));
    out.printf(
        Locale.ROOT,
        "  QuadClass %d, Goldstein %.1f; %d mentions in %d articles from %d sources, first seen %s, last seen %s%n",
        e.quadClass(),
        e.goldstein(),
        e.numMentions(),
        e.numArticles(),
        e.numSources(),
        e.firstSeen(),
        e.lastSeen());
    for (Queries.MentionRow m : detail.mentions()) {
      out.printf(
          Locale.ROOT,
          "%n  mention %s  article %s, sentence %d%s%n",
          m.mentionId(),
          m.articleId(),
          m.sentence() + 1,
          m.url() == null ? "" : "  " + m.url());
      out.printf(
          Locale.ROOT,
          "    %s (%s)  %s -%s-> %s  pattern %s, confidence %.2f%n",
          m.date() == null ? "-" : m.date(),
          m.dateBasis(),
          m.sourceCode(),
          m.cameo(),
          m.targetCode() == null ? "-" : m.targetCode(),
          m.pattern(),
          m.confidence());
      out.println("    " + m.evidence().replaceAll("\\s+", " "));
      out.printf(
          Locale.ROOT,
          "    trigger '%s' at %d-%d, source at %d-%d%s%n",
          m.triggerText(),
          m.triggerStart(),
          m.triggerEnd(),
          m.sourceStart(),
          m.sourceEnd(),
          m.targetStart() == null ? "" : ", target at " + m.targetStart() + "-" + m.targetEnd());
    }
    out.flush();
    return 0;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
