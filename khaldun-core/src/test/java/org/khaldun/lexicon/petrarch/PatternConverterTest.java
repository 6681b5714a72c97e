package org.khaldun.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.ontology.Cameo;

/** The mapping of PETRARCH verb patterns onto Khaldun patterns, one rule per test. */
final class PatternConverterTest {
  private static final String SETS = "&TRUCE\n+TRUCE\n+CEASE_FIRE\n\n";
  private final PetrarchReport.Builder report = new PetrarchReport.Builder();

  /** The converted pattern lines of a family holding {@code body}, comments removed. */
  private List<String> convert(String family) {
    VerbDictionary dictionary = VerbDictionaryParser.parse("v.txt", SETS + family, report);
    String text = PatternConverter.convert(dictionary, Cameo.bundled(), report);
    return Arrays.stream(text.split("\n")).filter(l -> !l.startsWith("#")).toList();
  }

  private static final String SEND = "--- SEND [070] ---\nSEND\nDELIVER {DELIVERED}\n";

  @Test
  void familyVerbsAreTheTriggersAndTheFamilyCodeTheirDefaultPattern() {
    assertThat(convert(SEND))
        .containsExactly("070 send|deliver  T:any  = petrarch/send  # v.txt:5");
  }

  @Test
  void verbWithItsOwnCodeGetsItsOwnDefaultAndNullCodesNone() {
    List<String> lines = convert("--- ABORT [---] ---\nABANDON\nABORT [160]\n");

    assertThat(lines).containsExactly("160 abort  T:any  = petrarch/abort  # v.txt:7");
    assertThat(report.build().leftOut(PatternConverter.VERB_NULL_CODE)).isEqualTo(1);
  }

  @Test
  void multiWordVerbBecomesVerbUnderscoreParticle() {
    assertThat(convert("--- CANCEL [160] ---\n+CALL_OFF\n"))
        .containsExactly("160 call_off  T:any  = petrarch/cancel  # v.txt:5");
  }

  @Test
  void wordsAfterTheVerbAreTheObjectWithItsHeadSingular() {
    assertThat(convert(SEND + "- * SANCTIONS [163]\n"))
        .first()
        .isEqualTo("163 send|deliver  obj:sanction  T:any  = petrarch/send  # v.txt:8");
  }

  @Test
  void twoWordNounPhraseBecomesModifierHead() {
    assertThat(convert(SEND + "- * {HUMANITARIAN AID} [0233]\n").get(0))
        .startsWith("0233 send|deliver  obj:humanitarian-aid  T:any");
  }

  @Test
  void ofPhraseAfterTheObjectJoinsIt() {
    assertThat(convert(SEND + "- * SERIES (OF ATTACKS) [190]\n").get(0))
        .startsWith("190 send|deliver  obj:series-of-attack  T:any");
  }

  @Test
  void prepositionalPhraseWithNounsBecomesAPpCondition() {
    assertThat(convert(SEND + "- * POLICE (TO BORDER) [153]\n").get(0))
        .startsWith("153 send|deliver  obj:police  pp:to:border  T:any");
  }

  @Test
  void targetInsideAPrepositionalPhraseIsThatSlot() {
    assertThat(convert(SEND + "- * AID (TO +) [070]\n").get(0))
        .startsWith("070 send|deliver  obj:aid  pp:to:*  T:to  =");
  }

  @Test
  void bareTargetAfterTheVerbIsTheObjectAndSourceMarkerItsSlot() {
    assertThat(convert(SEND + "- * + (BY $) [070]\n").get(0))
        .startsWith("070 send|deliver  pp:by:*  S:by  T:obj  =");
  }

  @Test
  void barePrepositionalPhraseHoldsTheTarget() {
    assertThat(convert(SEND + "- * (TO) [051]\n").get(0))
        .startsWith("051 send|deliver  pp:to:*  T:to  =");
  }

  @Test
  void wordsBeforeTheVerbAreTheSubject() {
    assertThat(convert(SEND + "- SOLDIERS * AID [072]\n").get(0))
        .startsWith("072 send|deliver  obj:aid  subj:soldier  T:any");
  }

  @Test
  void synonymSetsAreExpandedInline() {
    assertThat(convert(SEND + "- * &TRUCE [0356]\n").get(0))
        .startsWith("0356 send|deliver  obj:truce|cease-fire  T:any");
  }

  @Test
  void leadingParticleJoinsTheVerbs() {
    assertThat(convert(SEND + "- * OFF TALKS [164]\n").get(0))
        .startsWith("164 send_off|deliver_off  obj:talk  T:any");
  }

  @Test
  void secondaryCodeIsIgnoredAndReported() {
    assertThat(convert(SEND + "- * (TO) [042:043]\n").get(0)).startsWith("042 ");
    assertThat(report.build().approximated().get(PatternConverter.SECONDARY).examples())
        .containsExactly("v.txt:8  - * (TO) [042:043]");
  }

  @Test
  void consultationsAreSymmetric() {
    assertThat(convert("--- MEET [040] ---\nMEET\n"))
        .containsExactly("040 meet  T:any  sym  = petrarch/meet  # v.txt:5");
  }

  @Test
  void inexpressiblePatternsAreLeftOutByReasonWithTheirLines() {
    List<String> lines =
        convert(
            SEND
                + "- + * ROCKET [193]\n"
                + "- * LEAVE ^ INTO + [042]\n"
                + "- % &TRUCE * [062]\n"
                + "- * {U2 MISSION} [0255]\n"
                + "- * ATTACK [---]\n"
                + "- * (BEFORE COURT) [:173]\n"
                + "- * &NOSUCHSET [010]\n"
                + "- * WIDGET [999]\n");

    assertThat(lines).hasSize(1); // only the default
    PetrarchReport built = report.build();
    assertThat(built.leftOut(PatternTranslator.TARGET_BEFORE_VERB)).isEqualTo(1);
    assertThat(built.leftOut(PatternTranslator.SKIP)).isEqualTo(1);
    assertThat(built.leftOut(PatternTranslator.COMPOUND)).isEqualTo(1);
    assertThat(built.leftOut(PatternTranslator.NOT_A_WORD)).isEqualTo(1);
    assertThat(built.leftOut(PatternConverter.NULL_CODE)).isEqualTo(1);
    assertThat(built.leftOut(PatternConverter.NO_PRIMARY)).isEqualTo(1);
    assertThat(built.leftOut(PatternTranslator.UNDEFINED_SET)).isEqualTo(1);
    assertThat(built.leftOut(PatternConverter.UNKNOWN_CODE)).isEqualTo(1);
    assertThat(built.leftOut().get(PatternTranslator.SKIP).examples().get(0)).startsWith("v.txt:9");
  }

  @Test
  void wordWithSlashesIsAnyOfItsParts() {
    assertThat(convert(SEND + "- * (IN FAVOUR/FAVOR) [053]\n").get(0))
        .startsWith("053 send|deliver  pp:in:favour|favor  T:any");
  }

  @Test
  void duplicatePatternsAreWrittenOnce() {
    assertThat(convert(SEND + "- * RALLY [141]\n- * RALLY [141]\n")).hasSize(2);
    assertThat(report.build().leftOut(PatternConverter.DUPLICATE)).isEqualTo(1);
  }
}
