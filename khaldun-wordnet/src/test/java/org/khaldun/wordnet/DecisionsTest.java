package org.khaldun.wordnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.khaldun.DictionaryException;
import org.khaldun.ontology.Cameo;

class DecisionsTest {
  private static Decisions parse(String text) {
    return Decisions.parse("decisions.tsv", text, Cameo.bundled());
  }

  @Test
  void parsesKeptAndDroppedLinesSkippingComments() {
    Decisions decisions =
        parse(
            "# header\n"
                + "\n"
                + "kept\t190\tverb\tassail\tattack\tsynonym\tmilitary sense\n"
                + "dropped\t190\tnoun\twork-stoppage\tstrike\tsynonym\tlabour sense, not an attack\n");
    assertThat(decisions.all()).hasSize(2);
    Decision kept = decisions.all().get(0);
    assertThat(kept.kept()).isTrue();
    assertThat(kept.pos()).isEqualTo(Pos.VERB);
    assertThat(kept.relation()).isEqualTo(Relation.SYNONYM);
    assertThat(kept.line()).isEqualTo("decisions.tsv:3");
    assertThat(decisions.all().get(1).kept()).isFalse();
  }

  @Test
  void aDerivationComesFromATriggerOfTheOtherPartOfSpeech() {
    Decisions decisions = parse("kept\t190\tnoun\tinvasion\tinvade\tderivation\tmilitary sense\n");
    assertThat(decisions.all().get(0).from()).isEqualTo("invade");
    assertThatThrownBy(
            () ->
                parse(
                    "kept\t190\tnoun\tinvasion\tstate-of-emergency\tderivation\tmilitary sense\n"))
        .hasMessageContaining("decisions.tsv:1")
        .hasMessageContaining("not a Khaldun verb trigger form");
  }

  @Test
  void aSourceNounMayBeLongerThanACandidate() {
    assertThat(
            parse("dropped\t204\tnoun\twmd-attack\tweapon-of-mass-destruction\tsynonym\twhy\n")
                .all())
        .hasSize(1);
    assertThatThrownBy(
            () -> parse("dropped\t204\tnoun\tweapon-of-mass-destruction\twmd\tsynonym\twhy\n"))
        .hasMessageContaining("not a Khaldun noun trigger form");
  }

  @Test
  void aBadLineIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> parse("# header\nkept\t190\tverb\tassail\tattack\tsynonym\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("decisions.tsv:2: expected 7 tab-separated fields");
    assertThatThrownBy(() -> parse("maybe\t190\tverb\tassail\tattack\tsynonym\twhy\n"))
        .hasMessageStartingWith("decisions.tsv:1: decision must be kept or dropped");
    assertThatThrownBy(() -> parse("kept\t999\tverb\tassail\tattack\tsynonym\twhy\n"))
        .hasMessageStartingWith("decisions.tsv:1: unknown CAMEO code");
    assertThatThrownBy(() -> parse("kept\t190\tadj\tassail\tattack\tsynonym\twhy\n"))
        .hasMessageStartingWith("decisions.tsv:1: part of speech");
    assertThatThrownBy(() -> parse("kept\t190\tverb\tassail\tattack\tcousin\twhy\n"))
        .hasMessageStartingWith("decisions.tsv:1: relation must be");
    assertThatThrownBy(() -> parse("kept\t190\tverb\tgive the axe\tfire\tsynonym\twhy\n"))
        .hasMessageStartingWith("decisions.tsv:1: 'give the axe' is not a Khaldun verb");
  }

  @Test
  void everyDecisionNeedsAReason() {
    assertThatThrownBy(() -> parse("kept\t190\tverb\tassail\tattack\tsynonym\t  \n"))
        .hasMessage("decisions.tsv:1: a decision needs a reason");
  }

  @Test
  void aCandidateIsDecidedOncePerCodeAndPartOfSpeech() {
    assertThatThrownBy(
            () ->
                parse(
                    "kept\t190\tverb\tassail\tattack\tsynonym\tmilitary sense\n"
                        + "dropped\t190\tverb\tassail\tassault\tsynonym\tverbal sense\n"))
        .hasMessage("decisions.tsv:2: assail (verb) for 190 is already decided at decisions.tsv:1");
    assertThat(
            parse(
                    "kept\t190\tverb\tassail\tattack\tsynonym\tmilitary sense\n"
                        + "dropped\t111\tverb\tassail\tcriticize\tsynonym\tanother code's word\n")
                .all())
        .hasSize(2);
  }
}
