package org.khaldun.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects rejected records and writes them, one {@code file:line: [stage] reason} per line. */
final class RejectsFile {
  private final Path path;
  private final List<String> lines = new ArrayList<>();

  RejectsFile(Path path) {
    this.path = path;
  }

  void add(org.khaldun.model.Rejected rejected) {
    lines.add(rejected.describe());
  }

  List<String> firstLines(int n) {
    return lines.subList(0, Math.min(n, lines.size()));
  }

  /** Writes the file when there is something to list, or when it was asked for by name. */
  void close(boolean always) throws IOException {
    if (lines.isEmpty() && !always) {
      return;
    }
    OutputFiles.createParent(path);
    try (Writer writer = OutputFiles.writer(path)) {
      for (String line : lines) {
        writer.write(line);
        writer.write('\n');
      }
    }
  }
}
