package org.khaldun.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.DictionaryException;

/** The --dictionaries stack. */
final class DictionariesTest {
  @TempDir Path dir;

  @Test
  void aPlainDirectoryExtendsTheBundledDictionaries() throws IOException {
    Files.writeString(dir.resolve("patterns.txt"), "# none yet\n", StandardCharsets.UTF_8);

    Dictionaries dictionaries = Dictionaries.parse(dir.toString());

    assertThat(dictionaries.layers()).hasSize(2);
    assertThat(dictionaries.layers().get(0)).isSameAs(BundledLayer.INSTANCE);
    assertThat(dictionaries.texts("patterns.txt")).hasSizeGreaterThan(1);
  }

  @Test
  void aDirectoryHoldingOnlyPatternsIsAccepted() throws IOException {
    Files.writeString(dir.resolve("patterns.txt"), "# none yet\n", StandardCharsets.UTF_8);

    assertThat(Dictionaries.parse(dir.toString()).layers().get(1).texts("patterns.txt"))
        .singleElement()
        .extracting(DataText::origin)
        .isEqualTo(dir.resolve("patterns.txt").toString());
  }

  @Test
  void aDirectoryWithoutDictionaryFilesIsRefusedByName() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "nothing", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Dictionaries.parse(dir.toString()))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("holds none of");
  }

  @Test
  void bundledOnlyIsTheDefaultAndExplicitBundledKeepsTheOrderGiven() throws IOException {
    Files.writeString(dir.resolve("patterns.txt"), "# none yet\n", StandardCharsets.UTF_8);

    assertThat(Dictionaries.parse(null).isBundledOnly()).isTrue();
    assertThat(Dictionaries.parse("bundled").isBundledOnly()).isTrue();
    Dictionaries reversed = Dictionaries.parse(dir + ",bundled");
    assertThat(reversed.layers().get(1)).isSameAs(BundledLayer.INSTANCE);
    assertThat(reversed.toString()).isEqualTo(dir + ",bundled");
  }

  @Test
  void emptyEntriesAndBarePetrarchAreRefused() {
    assertThatThrownBy(() -> Dictionaries.parse("bundled,,bundled"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("empty entry");
    assertThatThrownBy(() -> Dictionaries.parse("petrarch:"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("needs a directory");
  }
}
