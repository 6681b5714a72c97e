package org.khaldun.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text outputs that one odd character cannot break. */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * A UTF-8 encoder that writes U+FFFD for what UTF-8 cannot encode (a lone surrogate) instead of
   * failing: Java's default writer throws at the next flush and the whole output is lost.
   */
  static CharsetEncoder lenientUtf8() {
    return StandardCharsets.UTF_8
        .newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));
  }

  static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, lenientUtf8()), 1 << 16);
  }

  static Writer writer(Path path) throws IOException {
    return writer(Files.newOutputStream(path));
  }

  /** Creates the parent directories of {@code path} when it has any. */
  static void createParent(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
