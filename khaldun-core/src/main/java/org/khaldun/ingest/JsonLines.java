package org.khaldun.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.khaldun.InputException;
import org.khaldun.model.Article;

/**
 * Reads a JSON-lines file or stream: one article per line, blank lines skipped, each bad line a
 * reject naming its number and why. Stateless.
 */
final class JsonLines {
  private JsonLines() {}

  /** Reads JSON lines one at a time; a line longer than the limit is skipped, not buffered. */
  static void read(String name, InputStream raw, Limits limits, boolean englishOnly, UniqueIds sink)
      throws IOException {
    InputStream in =
        raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int number = 0;
    int records = 0;
    boolean oversized = false;
    int b;
    while (true) {
      b = in.read();
      if (b == '\n' || b == -1) {
        if (b == -1 && line.size() == 0 && !oversized) {
          break;
        }
        number++;
        if (oversized) {
          records++;
          sink.reject(
              name, number, "oversized: the line exceeds " + limits.maxRecordBytes() + " bytes");
        } else if (handleJsonLine(name, number, line.toByteArray(), englishOnly, sink)) {
          records++;
        }
        line.reset();
        oversized = false;
        if (b == -1) {
          break;
        }
      } else if (!oversized) {
        line.write(b);
        if (line.size() > limits.maxRecordBytes()) {
          oversized = true;
          line.reset();
        }
      }
    }
    if (records == 0) {
      sink.reject(name, 0, "empty: no JSON lines to read");
    }
  }

  /** Returns false for a blank line, which is no record. */
  private static boolean handleJsonLine(
      String name, int number, byte[] bytes, boolean englishOnly, UniqueIds sink) {
    String text = TextChecks.decodeUtf8(bytes, 0, bytes.length);
    if (text == null) {
      sink.reject(
          name,
          number,
          "not UTF-8 (invalid byte sequence near byte "
              + TextChecks.firstInvalidUtf8(bytes)
              + " of the line)");
      return true;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return false;
    }
    try {
      Article article = JsonArticleParser.parse(name, number, text);
      if (englishOnly && article.lang() != null && !article.lang().equalsIgnoreCase("en")) {
        sink.reject(name, number, "not English: the record's lang is '" + article.lang() + "'");
      } else {
        sink.accept(article, name, number);
      }
    } catch (InputException e) {
      sink.reject(name, number, Ingest.reasonOf(e));
    }
    return true;
  }
}
