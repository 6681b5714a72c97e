package org.khaldun.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.khaldun.model.ActorMention;
import org.khaldun.model.CodedEvent;

/** Renders coded events as a readable table: date, source, code and name, target, evidence. */
final class EventTable {
  private static final String FORMAT = "%-11s %-26s %-34s %-26s %s%n";
  private final PrintWriter out;
  private final boolean explain;
  private boolean headerPrinted;
  private boolean starred;

  EventTable(PrintWriter out, boolean explain) {
    this.out = out;
    this.explain = explain;
  }

  void row(CodedEvent event) {
    if (!headerPrinted) {
      out.printf(Locale.ROOT, FORMAT, "date", "source", "event", "target", "evidence");
      headerPrinted = true;
    }
    String date = event.date() == null ? "-" : event.date().toString();
    if (event.dateBasis() == org.khaldun.model.DateBasis.PUBLISHED) {
      date = date + "*";
      starred = true;
    }
    String code = event.code().code() + " " + event.code().name();
    out.printf(
        Locale.ROOT,
        FORMAT,
        date,
        actor(event.source()),
        clip(code, 34),
        actor(event.target()),
        excerpt(event));
    if (explain) {
      out.println("            " + event.explanation());
    }
  }

  /** A footnote for the starred dates, printed once after the rows. */
  void finish() {
    if (starred) {
      out.println("(* publication date: the text gave no date for the event)");
    }
    out.flush();
  }

  private static String actor(ActorMention actor) {
    return actor == null ? "-" : clip(actor.code().code() + " " + actor.name(), 26);
  }

  static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /** About 60 characters of evidence around the trigger, cut at word boundaries. */
  static String excerpt(CodedEvent event) {
    String evidence = event.evidence().replaceAll("\\s+", " ");
    int width = 60;
    if (evidence.length() <= width) {
      return evidence;
    }
    int center = Math.max(0, evidence.indexOf(event.trigger().text()));
    int from = Math.max(0, Math.min(center - width / 3, evidence.length() - width));
    if (from > 0) {
      int space = evidence.indexOf(' ', from);
      from = space >= 0 && space < center ? space + 1 : from;
    }
    int to = Math.min(evidence.length(), from + width);
    if (to < evidence.length()) {
      int space = evidence.lastIndexOf(' ', to);
      to = space > center ? space : to;
    }
    return (from > 0 ? "…" : "")
        + evidence.substring(from, to)
        + (to < evidence.length() ? " …" : "");
  }
}
