package org.khaldun.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(path, lines, StandardCharsets.UTF_8);
  }
}
