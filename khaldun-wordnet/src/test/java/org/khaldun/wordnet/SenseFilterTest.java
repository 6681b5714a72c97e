package org.khaldun.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SenseFilterTest {
  @TempDir Path dir;

  private static final String[] LEXICON = {
    "190 attack|strike|hit|assault  T:obj  = fight/attack",
    "190 n:attack|offensive|strike  T:on  = fight/attack-noun",
    "143 n:strike|walkout|stoppage  T:self  = protest/strike",
    "141 protest|demonstrate  T:against  = protest/demonstrate",
    "194 fire|shell  obj:rocket|missile  T:at  = fight/fire-rockets",
    "193 shoot|open_fire  T:obj  = fight/small-arms",
    "120 reject|dismiss  T:obj  = reject/reject",
  };

  private List<String> kept(String code, Pos pos, String word) {
    SenseFilter filter =
        new SenseFilter(TestLexicons.wordNet(), TestLexicons.lexicon(dir, LEXICON));
    return filter.senses(code, pos, word).stream().map(s -> s.sense().meaning().id()).toList();
  }

  @Test
  void strikeAsAnAttackKeepsTheMilitarySenseAndNotTheLabourOne() {
    assertThat(kept("190", Pos.VERB, "strike"))
        .contains("v01126313") // make a strategic, offensive, assault against an enemy
        .doesNotContain("v02417777"); // stop work in order to press demands
  }

  @Test
  void strikeAsAProtestKeepsTheLabourSenseAndNotTheAttack() {
    assertThat(kept("143", Pos.NOUN, "strike"))
        .contains("n01246221") // a group's refusal to work in protest
        .doesNotContain("n00979387"); // an attack intended to seize or inflict damage
    assertThat(kept("190", Pos.NOUN, "strike")).contains("n00979387").doesNotContain("n01246221");
  }

  @Test
  void fireAsAWeaponKeepsFiringAndNotDismissal() {
    assertThat(kept("194", Pos.VERB, "fire"))
        .contains("v01138209") // start firing a weapon
        .doesNotContain("v02407967"); // terminate the employment of
  }

  @Test
  void aSenseIsKeptOnlyWithEvidenceFromTheCodeOrItsRoot() {
    SenseFilter filter =
        new SenseFilter(TestLexicons.wordNet(), TestLexicons.lexicon(dir, LEXICON));
    WordSense military =
        filter.lookup(Pos.VERB, "strike").stream()
            .filter(s -> s.meaning().id().equals("v01126313"))
            .findFirst()
            .orElseThrow();
    SenseFilter.Supported inAttacks = filter.support("190", "strike", military);
    SenseFilter.Supported inRejections = filter.support("120", "strike", military);
    assertThat(inAttacks.support()).isGreaterThanOrEqualTo(SenseFilter.KEEP);
    assertThat(inAttacks.evidence()).contains("syn:hit", "hyp:attack");
    assertThat(inRejections.support()).isLessThan(SenseFilter.KEEP);
  }

  @Test
  void aLongerNounTriggerIsLookedUpWithItsWordsApart() {
    SenseFilter filter =
        new SenseFilter(TestLexicons.wordNet(), TestLexicons.lexicon(dir, LEXICON));
    assertThat(filter.lookup(Pos.NOUN, "weapon-of-mass-destruction")).isNotEmpty();
    assertThat(filter.lookup(Pos.NOUN, "prisoner-of-war")).isNotEmpty();
  }

  @Test
  void aTriggerWordNetDoesNotKnowHasNoSenses() {
    assertThat(kept("190", Pos.VERB, "zzblorf")).isEmpty();
  }
}
