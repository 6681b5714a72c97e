package org.khaldun.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.coding.PatternBook;
import org.khaldun.coding.TriggerEntry;
import org.khaldun.lexicon.BundledLayer;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.lexicon.DirectoryLayer;
import org.khaldun.ontology.Cameo;

/** The committed decisions and generated file agree with the bundled lexicon. */
class BundledExpansionTest {
  static final String DECISIONS = "org/khaldun/coding/wordnet-decisions.tsv";
  static final String GENERATED = "org/khaldun/coding/wordnet.txt";
  static final String HAND_WRITTEN = "org/khaldun/coding/patterns.txt";

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
  void theBundledLexiconLoadsTheGeneratedFileWithoutChangingWhatIsHandWritten() throws Exception {
    long generated =
        BundledLayer.read(GENERATED)
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .count();
    assertThat(PatternBook.bundled().triggers())
        .filteredOn(entry -> entry.pattern().endsWith(Lexicon.GENERATED))
        .extracting(TriggerEntry::line)
        .allMatch(line -> line.startsWith(GENERATED + ":"))
        .doesNotHaveDuplicates()
        .hasSize((int) generated);
    // The hand-written patterns alone give the same triggers: the expander never feeds on itself.
    Files.writeString(dir.resolve("patterns.txt"), BundledLayer.read(HAND_WRITTEN));
    PatternBook handWritten =
        PatternBook.load(Dictionaries.of(List.of(new DirectoryLayer(dir))), Cameo.bundled());
    assertThat(PatternBook.bundled().size()).isEqualTo(handWritten.size() + (int) generated);
    assertThat(Lexicon.of(PatternBook.bundled()).triggers())
        .isEqualTo(Lexicon.of(handWritten).triggers());
  }

  @Test
  void everyDecisionHasAReasonAndMostAreDrops() {
    List<Decision> all = decisions().all();
    assertThat(all).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    assertThat(all.stream().filter(Decision::kept).count()).isLessThan(all.size() / 2);
  }
}
