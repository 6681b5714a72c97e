package org.khaldun.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens as the coder reads them. */
final class TokenTest {

  private static Token noun(String text, String lemma, String pos) {
    return new Token(0, text, lemma, pos, "O", 0, text.length(), -1, "root");
  }

  @Test
  void pluralNounTheLemmatiserLeftUnchangedGetsItsSingular() {
    assertThat(noun("troops", "troops", "NNS").lemma()).isEqualTo("troop");
    assertThat(noun("militias", "militias", "NNS").lemma()).isEqualTo("militia");
    assertThat(noun("casualties", "casualties", "NNS").lemma()).isEqualTo("casualty");
    assertThat(noun("clashes", "clashes", "NNS").lemma()).isEqualTo("clash");
    assertThat(noun("taxes", "taxes", "NNS").lemma()).isEqualTo("tax");
  }

  @Test
  void wordsThatOnlyLookPluralAreLeftAlone() {
    assertThat(noun("crisis", "crisis", "NNS").lemma()).isEqualTo("crisis");
    assertThat(noun("press", "press", "NNS").lemma()).isEqualTo("press");
    assertThat(noun("consensus", "consensus", "NNS").lemma()).isEqualTo("consensus");
    assertThat(noun("talks", "talks", "NN").lemma()).isEqualTo("talks");
    assertThat(noun("Sudanese", "sudanese", "NNPS").lemma()).isEqualTo("sudanese");
  }

  @Test
  void aPluralOpeningTheSentenceTaggedProperGetsItsSingularToo() {
    assertThat(noun("Sanctions", "sanctions", "NNPS").lemma()).isEqualTo("sanction");
    Token later = new Token(3, "Forces", "forces", "NNPS", "O", 20, 26, -1, "root");
    assertThat(later.lemma()).isEqualTo("forces");
  }
}
