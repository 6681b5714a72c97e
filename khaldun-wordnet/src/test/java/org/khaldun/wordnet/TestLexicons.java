package org.khaldun.wordnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.khaldun.coding.PatternBook;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.lexicon.DirectoryLayer;
import org.khaldun.ontology.Cameo;

/** Small hand-written lexicons for tests, and one WordNet shared by the test classes. */
final class TestLexicons {
  private static final class Shared {
    static final WordNet WORDNET = WordNet.load();
  }

  private TestLexicons() {}

  static WordNet wordNet() {
    return Shared.WORDNET;
  }

  /**
   * A pattern book holding only {@code patterns} (lines of patterns.txt), written to {@code dir}.
   */
  static PatternBook book(Path dir, String... patterns) {
    try {
      Files.writeString(
          dir.resolve("patterns.txt"), String.join("\n", patterns) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return PatternBook.load(Dictionaries.of(List.of(new DirectoryLayer(dir))), Cameo.bundled());
  }

  static Lexicon lexicon(Path dir, String... patterns) {
    return Lexicon.of(book(dir, patterns));
  }
}
