package org.khaldun.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.coding.PatternBook;
import org.khaldun.lexicon.BundledLayer;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.lexicon.DirectoryLayer;
import org.khaldun.ontology.Cameo;

/** The committed decisions and generated file agree with the bundled lexicon. */
class BundledExpansionTest {
  static final String DECISIONS = "org/khaldun/coding/wordnet-decisions.tsv";
  static final String GENERATED = "org/khaldun/coding/wordnet.txt";

  @TempDir Path dir;

  private static Decisions decisions() {
    return Decisions.parse(DECISIONS, BundledLayer.read(DECISIONS), Cameo.bundled());
  }

  @Test
  void applyingTheCommittedDecisionsGivesTheCommittedFile() {
    PatternGenerator.Result result =
        PatternGenerator.generate(Lexicon.of(PatternBook.bundled()), decisions());
    assertThat(result.text())
        .as("wordnet.txt is stale: run ./khaldun lexicon expand --apply and commit it")
        .isEqualTo(BundledLayer.read(GENERATED));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void theGeneratedFileLoadsOverTheBundledLexiconWithoutChangingWhatIsHandWritten()
      throws Exception {
    Files.writeString(dir.resolve("patterns.txt"), BundledLayer.read(GENERATED));
    PatternBook book =
        PatternBook.load(
            Dictionaries.of(List.of(BundledLayer.INSTANCE, new DirectoryLayer(dir))),
            Cameo.bundled());
    assertThat(book.size()).isGreaterThan(PatternBook.bundled().size());
    assertThat(Lexicon.of(book).triggers()).isEqualTo(Lexicon.of(PatternBook.bundled()).triggers());
  }

  @Test
  void everyDecisionHasAReasonAndMostAreDrops() {
    List<Decision> all = decisions().all();
    assertThat(all).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    assertThat(all.stream().filter(Decision::kept).count()).isLessThan(all.size() / 2);
  }
}
