package org.khaldun.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;

/**
 * What a run rejected and what it set aside, told on the console: the first few of each kind and
 * how many more, so a large batch does not flood the terminal and a small one hides nothing. Files
 * that are not articles by type are reported apart from rejected records, so a first run over a
 * folder with a README does not announce rejects.
 */
final class RunReport {
  static final int SHOWN = 5;

  private final List<Rejected> rejects = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();

  void rejected(Rejected rejected) {
    rejects.add(rejected);
  }

  void noted(Notice notice) {
    notices.add(notice);
  }

  /**
   * 0 when the run coded something or had nothing to refuse, 2 when every record it was given was
   * bad input (a missing path, an empty file): there is nothing to show for it, and the user can
   * fix it.
   */
  static int exitCode(int coded, int rejected) {
    return coded == 0 && rejected > 0 ? 2 : 0;
  }

  int rejectCount() {
    return rejects.size();
  }

  List<Rejected> rejects() {
    return rejects;
  }

  /**
   * Prints the report.
   *
   * @param whereListed where every reject can be read, e.g. a file name or a command
   */
  void print(PrintWriter err, String whereListed) {
    if (!rejects.isEmpty()) {
      err.printf(
          Locale.ROOT,
          "rejected %d record%s; all are listed in %s:%n",
          rejects.size(),
          rejects.size() == 1 ? "" : "s",
          whereListed);
      printFirst(err, rejects.stream().map(Rejected::describe).toList());
    }
    printKind(err, "skipped", "not articles by type, left aside: %d file%s");
    printKind(err, "duplicate", "read twice, skipped the second time: %d article%s");
    printKind(err, "renamed", "id taken by other text, read under a derived id: %d article%s");
  }

  private void printKind(PrintWriter err, String kind, String heading) {
    List<String> lines =
        notices.stream().filter(n -> n.kind().equals(kind)).map(Notice::describe).toList();
    if (lines.isEmpty()) {
      return;
    }
    int n = lines.size();
    err.printf(Locale.ROOT, heading + "%n", n, n == 1 ? "" : "s");
    printFirst(err, lines);
  }

  private static void printFirst(PrintWriter err, List<String> lines) {
    lines.stream().limit(SHOWN).forEach(line -> err.println("  " + line));
    if (lines.size() > SHOWN) {
      err.printf(Locale.ROOT, "  ... and %d more%n", lines.size() - SHOWN);
    }
  }
}
