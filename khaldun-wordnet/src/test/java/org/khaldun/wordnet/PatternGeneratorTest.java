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

class PatternGeneratorTest {
  @TempDir Path dir;
  @TempDir Path out;

  private static final String[] LEXICON = {
    "190 attack|strike  T:obj|loc  = fight/attack",
    "190 attack  obj:town|city  T:obj  = fight/attack-town",
    "111 attack_verbally  T:obj  = disapprove/criticize",
    "046 n:negotiation  gov:hold|open  sym  T:with|between  = consult/negotiations",
    "190 invade  T:obj  = fight/invade",
  };

  private PatternGenerator.Result generate(String decisions) {
    return PatternGenerator.generate(
        TestLexicons.lexicon(dir, LEXICON),
        Decisions.parse("decisions.tsv", decisions, Cameo.bundled()));
  }

  private static List<String> patterns(PatternGenerator.Result result) {
    return result.text().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  @Test
  void aKeptSynonymCopiesEverySourcePatternOfItsCode() {
    PatternGenerator.Result result =
        generate("kept\t190\tverb\tassail\tattack\tsynonym\tmilitary sense\n");
    assertThat(patterns(result))
        .containsExactly(
            "190 assail  T:obj|loc  = fight/attack~wn  # synonym of attack",
            "190 assail  obj:town|city  T:obj  = fight/attack-town~wn  # synonym of attack");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aKeptDerivationIsAMinimalPatternKeepingSymmetry() {
    PatternGenerator.Result result =
        generate(
            "kept\t190\tnoun\tinvasion\tinvade\tderivation\tmilitary sense\n"
                + "kept\t046\tverb\tnegotiate\tnegotiation\tderivation\tsame sense\n");
    assertThat(patterns(result))
        .containsExactly(
            "046 negotiate  T:obj|any  sym  = consult/negotiations~wn  # derived from negotiation",
            "190 n:invasion  T:any  = fight/invade~wn  # derived from invade");
  }

  @Test
  void droppedDecisionsGenerateNothing() {
    assertThat(patterns(generate("dropped\t190\tverb\tassail\tattack\tsynonym\tverbal sense\n")))
        .isEmpty();
  }

  @Test
  void aDecisionWhoseSourceLeftTheLexiconIsReportedAndSkipped() {
    PatternGenerator.Result result =
        generate(
            "kept\t190\tverb\tassail\tbombard\tsynonym\tmilitary sense\n"
                + "kept\t190\tverb\tinvade\tattack\tsynonym\tnow hand-written\n");
    assertThat(patterns(result)).isEmpty();
    assertThat(result.warnings())
        .containsExactly(
            "decisions.tsv:1: bombard is no longer a verb trigger of 190; assail not generated",
            "decisions.tsv:2: invade is now a hand-written trigger of 190; not generated");
  }

  @Test
  void theOutputIsSortedWhateverTheOrderOfTheDecisions() {
    String a = "kept\t190\tverb\tassail\tattack\tsynonym\tm\n";
    String b = "kept\t190\tnoun\tinvasion\tinvade\tderivation\tm\n";
    String c = "kept\t046\tverb\tnegotiate\tnegotiation\tderivation\tm\n";
    assertThat(generate(a + b + c).text()).isEqualTo(generate(c + b + a).text());
  }

  @Test
  void theGeneratedFileLoadsAfterTheBundledPatterns() throws Exception {
    PatternGenerator.Result result =
        generate(
            "kept\t190\tverb\tassail\tattack\tsynonym\tmilitary sense\n"
                + "kept\t190\tnoun\tinvasion\tinvade\tderivation\tmilitary sense\n");
    Files.writeString(out.resolve("patterns.txt"), result.text());
    PatternBook book =
        PatternBook.load(
            Dictionaries.of(List.of(BundledLayer.INSTANCE, new DirectoryLayer(out))),
            Cameo.bundled());
    assertThat(book.triggers())
        .extracting(TriggerEntry::word, TriggerEntry::pattern)
        .contains(
            org.assertj.core.groups.Tuple.tuple("assail", "fight/attack~wn"),
            org.assertj.core.groups.Tuple.tuple("invasion", "fight/invade~wn"));
  }
}
