package org.khaldun.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KhaldunFormsTest {
  @Test
  void phrasalVerbsBecomeVerbUnderscoreWord() {
    assertThat(KhaldunForms.fromWordNet(Pos.VERB, "call off")).contains("call_off");
    assertThat(KhaldunForms.fromWordNet(Pos.VERB, "open fire")).contains("open_fire");
    assertThat(KhaldunForms.fromWordNet(Pos.VERB, "attack")).contains("attack");
  }

  @Test
  void compoundNounsBecomeModifierHyphenNoun() {
    assertThat(KhaldunForms.fromWordNet(Pos.NOUN, "work stoppage")).contains("work-stoppage");
    assertThat(KhaldunForms.fromWordNet(Pos.NOUN, "state of emergency"))
        .contains("state-of-emergency");
    assertThat(KhaldunForms.fromWordNet(Pos.NOUN, "cease-fire")).contains("cease-fire");
  }

  @Test
  void formsTheCoderCannotMatchAreSkipped() {
    assertThat(KhaldunForms.fromWordNet(Pos.VERB, "give the axe")).isEmpty();
    assertThat(KhaldunForms.fromWordNet(Pos.NOUN, "weapon of mass destruction")).isEmpty();
    assertThat(KhaldunForms.fromWordNet(Pos.NOUN, "Saddam")).isEmpty();
    assertThat(KhaldunForms.fromWordNet(Pos.NOUN, "9/11")).isEmpty();
    assertThat(KhaldunForms.fromWordNet(Pos.VERB, "o.k.")).isEmpty();
  }

  @Test
  void triggersAreLookedUpUnderTheirWordNetSpellings() {
    assertThat(KhaldunForms.toWordNet(Pos.VERB, "call_off")).containsExactly("call off");
    assertThat(KhaldunForms.toWordNet(Pos.NOUN, "phone-call"))
        .containsExactly("phone call", "phone-call");
    assertThat(KhaldunForms.toWordNet(Pos.NOUN, "state-of-emergency"))
        .containsExactly("state of emergency", "state-of-emergency");
  }

  @Test
  void everyMappedFormMapsBackToItsLemma() {
    for (String lemma : new String[] {"call off", "hand over", "take hostage"}) {
      String form = KhaldunForms.fromWordNet(Pos.VERB, lemma).orElseThrow();
      assertThat(KhaldunForms.toWordNet(Pos.VERB, form)).startsWith(lemma);
    }
  }
}
