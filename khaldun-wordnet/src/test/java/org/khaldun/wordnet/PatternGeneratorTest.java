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
    "class pleading appeal|plea|entreaty",
    "020 urge|implore  T:obj|iobj|on  derive:appeal  = appeal/urge",
    "020 n:@pleading  T:to|on|from  derive:appeal  = appeal/appeal-phrase",
    "143 strike|walk_out  obj:-  subj:worker|union  T:against|self  = protest/go-on-strike",
    "083 resign|step_down  T?  self  = yield/resign",
    "164 walk_out|pull_out  pp:of:talk|negotiation  T:with|any  = reduce/walk-out",
    "class relief-goods food|medicine|tent",
    "122 reject|refuse  obj:@relief-goods  T:obj|from  = reject/aid",
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
            "190 n:invasion  = fight/invade~wn  # derived from invade");
  }

  @Test
  void aKeptSynonymKeepsEveryElementOfItsSource() {
    PatternGenerator.Result result =
        generate(
            "kept\t020\tverb\tbeseech\timplore\tsynonym\tappeal sense\n"
                + "kept\t020\tnoun\tpetition\tplea\tsynonym\tappeal sense\n"
                + "kept\t143\tverb\twalk_off\twalk_out\tsynonym\tlabour sense\n"
                + "kept\t164\tverb\tbow_out\tpull_out\tsynonym\tleaving talks\n");
    assertThat(patterns(result))
        .containsExactly(
            "020 beseech  T:obj|iobj|on  derive:appeal  = appeal/urge~wn  # synonym of implore",
            "020 n:petition  T:to|on|from  derive:appeal  = appeal/appeal-phrase~wn"
                + "  # synonym of plea",
            "143 walk_off  obj:-  subj:worker|union  T:against|self  = protest/go-on-strike~wn"
                + "  # synonym of walk_out",
            "164 bow_out  pp:of:talk|negotiation  T:with|any  = reduce/walk-out~wn"
                + "  # synonym of pull_out");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aKeptDerivationKeepsWhatTheEventIsButNotItsSourcesWordConditions() {
    PatternGenerator.Result result =
        generate(
            "kept\t020\tnoun\timploration\timplore\tderivation\tappeal sense\n"
                + "kept\t020\tverb\tentreat\tentreaty\tderivation\tappeal sense\n"
                + "kept\t083\tnoun\tresignation\tresign\tderivation\tquitting office\n"
                + "kept\t143\tnoun\twalkout\twalk_out\tderivation\tlabour sense\n");
    assertThat(patterns(result))
        .containsExactly(
            "020 entreat  T:obj|any  derive:appeal  = appeal/appeal-phrase~wn"
                + "  # derived from entreaty",
            "020 n:imploration  derive:appeal  = appeal/urge~wn  # derived from implore",
            "083 n:resignation  T?  self  = yield/resign~wn  # derived from resign",
            "143 n:walkout  self  = protest/go-on-strike~wn  # derived from walk_out");
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
  void theGeneratedFileLoadsAfterTheHandWrittenPatternsWhoseWordClassesItNames() throws Exception {
    PatternGenerator.Result result =
        generate(
            "kept\t190\tverb\tassail\tattack\tsynonym\tmilitary sense\n"
                + "kept\t190\tnoun\tinvasion\tinvade\tderivation\tmilitary sense\n"
                + "kept\t122\tverb\trebuff\treject\tsynonym\trefusing aid\n");
    assertThat(patterns(result))
        .contains(
            "122 rebuff  obj:@relief-goods  T:obj|from  = reject/aid~wn  # synonym of reject");
    // In the bundled layer wordnet.txt is read after patterns.txt, which defines the class.
    Files.writeString(
        out.resolve("patterns.txt"), "class relief-goods food|medicine|tent\n" + result.text());
    PatternBook book =
        PatternBook.load(
            Dictionaries.of(List.of(BundledLayer.INSTANCE, new DirectoryLayer(out))),
            Cameo.bundled());
    assertThat(book.triggers())
        .extracting(TriggerEntry::word, TriggerEntry::pattern)
        .contains(
            org.assertj.core.groups.Tuple.tuple("assail", "fight/attack~wn"),
            org.assertj.core.groups.Tuple.tuple("invasion", "fight/invade~wn"),
            org.assertj.core.groups.Tuple.tuple("rebuff", "reject/aid~wn"));
  }
}
