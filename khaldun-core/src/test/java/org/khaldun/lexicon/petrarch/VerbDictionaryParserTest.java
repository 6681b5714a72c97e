package org.khaldun.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.lexicon.petrarch.PatternElement.Phrase;
import org.khaldun.lexicon.petrarch.PatternElement.Prep;
import org.khaldun.lexicon.petrarch.PatternElement.SetRef;
import org.khaldun.lexicon.petrarch.PatternElement.Source;
import org.khaldun.lexicon.petrarch.PatternElement.Target;
import org.khaldun.lexicon.petrarch.PatternElement.Word;
import org.khaldun.lexicon.petrarch.VerbDictionary.MemberVerb;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbFamily;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbPattern;

/** Reading the PETRARCH verb dictionary format, on synthetic snippets. */
final class VerbDictionaryParserTest {
  private final PetrarchReport.Builder report = new PetrarchReport.Builder();

  private VerbDictionary parse(String text) {
    return VerbDictionaryParser.parse("verbs.txt", text, report);
  }

  @Test
  void synonymSetsCollectTheirMembersWithUnderscoresAsWordBreaks() {
    VerbDictionary dictionary =
        parse("# sets\n&TRUCE\n+TRUCE\n# inside\n+CEASE_FIRE\n+ARMISTICE_\n\n&AUX_\n+WILL\n");

    assertThat(dictionary.synsets()).containsOnlyKeys("&TRUCE", "&AUX");
    assertThat(dictionary.synsets().get("&TRUCE").members())
        .containsExactly(List.of("TRUCE"), List.of("CEASE", "FIRE"), List.of("ARMISTICE"));
    assertThat(dictionary.synsets().get("&TRUCE").at()).isEqualTo(new SourceLine("verbs.txt", 2));
  }

  @Test
  void familyHeaderGivesNameCodeAndLineAndNullCodeWhenAbsent() {
    VerbDictionary dictionary = parse("---  ABANDON   [080]  ---\nQUIT\n--- DRIFT ---\nFLOAT\n");

    assertThat(dictionary.families())
        .extracting(VerbFamily::name, VerbFamily::code, f -> f.at().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ABANDON", "080", 1),
            org.assertj.core.groups.Tuple.tuple("DRIFT", "---", 3));
  }

  @Test
  void memberVerbsKeepIrregularFormsOwnCodesAndMultiWordParts() {
    VerbDictionary dictionary =
        parse(
            "--- ABORT [---] ---\n"
                + "HURRY {HURRIES HURRYING HURRIED }  # comment\n"
                + "ABORT [160]\n"
                + "+CALL_OFF {+CALLS_OFF +CALLED_OFF}\n"
                + "RE_+ARREST\n");

    List<MemberVerb> verbs = dictionary.families().get(0).verbs();
    assertThat(verbs).hasSize(4);
    assertThat(verbs.get(0).verb()).isEqualTo("HURRY");
    assertThat(verbs.get(0).forms()).containsExactly("HURRIES", "HURRYING", "HURRIED");
    assertThat(verbs.get(0).code()).isNull();
    assertThat(verbs.get(1).code()).isEqualTo("160");
    assertThat(verbs.get(2).verb()).isEqualTo("CALL");
    assertThat(verbs.get(2).back()).containsExactly("OFF");
    assertThat(verbs.get(3).front()).containsExactly("RE");
    assertThat(verbs.get(3).verb()).isEqualTo("ARREST");
    assertThat(verbs.get(3).at().line()).isEqualTo(5);
  }

  @Test
  void patternReadsWordsPhrasesPrepositionsSetsAndMarkersAroundTheVerb() {
    VerbDictionary dictionary =
        parse(
            "--- SEND [070] ---\nSEND\n"
                + "- $ POLICE * {ARMS SHIPMENT} (TO +) (OVER &TRUCE) [0722:072]  # note\n");

    VerbPattern pattern = dictionary.families().get(0).patterns().get(0);
    assertThat(pattern.before()).containsExactly(new Source(), new Word("POLICE"));
    assertThat(pattern.after())
        .containsExactly(
            new Phrase(List.of(new Word("ARMS"), new Word("SHIPMENT"))),
            new Prep("TO", List.of(new Target())),
            new Prep("OVER", List.of(new SetRef("&TRUCE"))));
    assertThat(pattern.code()).isEqualTo("0722");
    assertThat(pattern.secondary()).isEqualTo("072");
    assertThat(pattern.at()).isEqualTo(new SourceLine("verbs.txt", 3));
  }

  @Test
  void codesWithoutPrimaryOrWithNullCodeAreKeptAsWritten() {
    VerbDictionary dictionary =
        parse("--- APPEAR [---] ---\nAPPEAR\n- * (IN COURT) [:173]\n- * ATTACK [---]\n");

    List<VerbPattern> patterns = dictionary.families().get(0).patterns();
    assertThat(patterns.get(0).code()).isEmpty();
    assertThat(patterns.get(0).secondary()).isEqualTo("173");
    assertThat(patterns.get(1).code()).isEqualTo("---");
  }

  @Test
  void transformationsAreRecordedWithTheirLines() {
    VerbDictionary dictionary = parse("--- SAY [010] ---\nSAY\n~ a (a b ATTACK) SAY = a b 015\n");

    assertThat(dictionary.transformations()).containsExactly(new SourceLine("verbs.txt", 3));
  }

  @Test
  void unreadableLinesAreReportedWithFileAndLineAndReadingGoesOn() {
    VerbDictionary dictionary =
        parse(
            "- * STRAY [010]\n"
                + "--- SAY [010] ---\n"
                + "SAY\n"
                + "- * (UNCLOSED [010]\n"
                + "- * NOCODE\n"
                + "- * FINE [012]\n");

    assertThat(dictionary.families().get(0).patterns()).hasSize(1);
    PetrarchReport built = report.build();
    assertThat(built.totalUnreadable()).isEqualTo(3);
    assertThat(built.unreadable().get("pattern outside a verb family").examples())
        .containsExactly("verbs.txt:1  - * STRAY [010]");
    assertThat(built.unreadable().get("pattern does not end with a [code]").examples().get(0))
        .startsWith("verbs.txt:5");
    assertThat(built.unreadable().keySet()).anyMatch(k -> k.startsWith("malformed pattern"));
  }
}
