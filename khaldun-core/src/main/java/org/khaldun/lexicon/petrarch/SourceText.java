package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH dictionary file with its comments removed, as PETRARCH's reader removes
 * them: a {@code #} ends the line's content, lines starting with {@code <!} and {@code <!-- ...
 * -->} blocks are skipped. Each kept line remembers its number. Immutable.
 */
final class SourceText {
  /** A line's content without its comment, trailing white space removed, and where it is. */
  record Line(String content, SourceLine at) {}

  private final List<Line> lines;

  private SourceText(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  static SourceText of(String file, String text) {
    List<Line> kept = new ArrayList<>();
    String[] raw = text.split("\r?\n|\r", -1);
    boolean inXmlComment = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (inXmlComment) {
        inXmlComment = !line.contains("-->");
        continue;
      }
      if (line.startsWith("<!")) {
        inXmlComment = line.startsWith("<!--") && !line.contains("-->");
        continue;
      }
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
      if (content.isBlank()) {
        continue;
      }
      kept.add(new Line(content, new SourceLine(file, i + 1)));
    }
    return new SourceText(kept);
  }

  List<Line> lines() {
    return lines;
  }
}
