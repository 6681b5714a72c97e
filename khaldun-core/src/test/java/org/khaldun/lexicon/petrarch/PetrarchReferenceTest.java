package org.khaldun.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.coding.PatternBook;
import org.khaldun.coding.TriggerEntry;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.ontology.Cameo;
import org.khaldun.testkit.Shared;

/**
 * PETRARCH2's own dictionaries, read in place from the shared reference directory (skipped where it
 * is absent): everything converted loads, and a few facts checked by hand come through.
 */
final class PetrarchReferenceTest {
  private static Dictionaries dictionaries;
  private static PetrarchLayer layer;

  @BeforeAll
  static void load() {
    Path directory = Shared.require().resolve("reference").resolve("petrarch2");
    assumeTrue(
        Files.isRegularFile(directory.resolve("CAMEO.2.0.txt")),
        "shared/reference/petrarch2 is absent: PETRARCH reference conversion skipped");
    dictionaries = Dictionaries.parse("petrarch:" + directory);
    layer = (PetrarchLayer) dictionaries.layers().get(0);
  }

  @Test
  void everythingConvertedLoadsThroughTheActorAndPatternLoaders() {
    ActorDictionary actors = ActorDictionary.load(dictionaries);
    PatternBook book = PatternBook.load(dictionaries, Cameo.bundled());

    assertThat(actors.size()).isGreaterThan(30_000);
    assertThat(book.size()).isGreaterThan(4_000);
    assertThat(actors.isCountry("AFG")).isTrue();
  }

  @Test
  void callFamilyCodesTelephoneCallsAsConsultations() {
    PatternBook book = PatternBook.load(dictionaries, Cameo.bundled());

    // CAMEO.2.0.txt: "--- CALL [041:041] ---" with CALL, PHONE, TELEPHONE.
    assertThat(book.triggers())
        .filteredOn(
            t -> t.definition().equals("041 call|phone|telephone  T:any  sym  = petrarch/call"))
        .extracting(TriggerEntry::code, TriggerEntry::word)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("041", "call"),
            org.assertj.core.groups.Tuple.tuple("041", "phone"),
            org.assertj.core.groups.Tuple.tuple("041", "telephone"));
  }

  @Test
  void netanyahuKeepsHisTwoTermsAsPrimeMinister() {
    String people =
        layer.texts("people.tsv").stream().map(DataText::text).reduce("", String::concat);

    // [ISRGOV 960618-990706] and [ISRGOV >090401]; PETRARCH's end date is exclusive.
    assertThat(people)
        .contains("|Netanyahu|")
        .containsPattern(
            "Benjamin Netanyahu\\|[^\\n]*\\tISR\\tGOV\\tISRGOV\\t1996-06-18\\t1999-07-05\\n")
        .containsPattern("Benjamin Netanyahu\\|[^\\n]*\\tISR\\tGOV\\tISRGOV\\t2009-04-01\\t-\\n");
  }

  @Test
  void reportAccountsForEveryPatternRead() {
    PetrarchReport report = layer.report();

    int read = report.read().get("verb patterns");
    int written = report.converted().get("patterns.txt: patterns");
    int leftOutPatterns =
        report.leftOut().entrySet().stream()
            .filter(e -> e.getValue().examples().stream().anyMatch(x -> x.contains("  - ")))
            .mapToInt(e -> e.getValue().count())
            .sum();
    assertThat(written + leftOutPatterns).isEqualTo(read);
    assertThat(report.leftOut(PetrarchConversion.DISCARD)).isGreaterThan(400);
  }
}
