package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.model.ActorMention;
import org.khaldun.testkit.Coding;

/** Actor resolution on hand-checked parses: titles, learned names, pronouns, pairs, places. */
final class DictionaryActorResolverTest {

  private static ActorMention at(String text, int sentence, String headText) {
    var article = Coding.article(text);
    List<ActorMention> mentions =
        Coding.actors(text).stream()
            .filter(
                m ->
                    m.sentence() == sentence
                        && article
                            .sentences()
                            .get(sentence)
                            .token(m.head())
                            .text()
                            .equals(headText))
            .toList();
    assertThat(mentions).as("actors headed by '%s'", headText).isNotEmpty();
    return mentions.get(0);
  }

  @Test
  void nationalityTitleAndNameMakeAGovernmentPerson() {
    ActorMention raisi =
        at(
            "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.",
            0,
            "Raisi");

    assertThat(raisi.code().code()).isEqualTo("IRNGOV");
    assertThat(raisi.name()).isEqualTo("Ebrahim Raisi");
    assertThat(raisi.start()).isZero();
  }

  @Test
  void knownPersonResolvesThroughTheOfficeHeldOnThePublicationDate() {
    ActorMention scholz =
        at("Chancellor Olaf Scholz hosted the Polish president in Berlin on Tuesday.", 0, "Scholz");

    assertThat(scholz.code().code()).isEqualTo("DEUGOV");
    assertThat(scholz.basis()).isEqualTo("people");
  }

  @Test
  void seatOfPowerStandsForTheGovernment() {
    assertThat(
            at("Washington imposed new sanctions on Venezuela on Friday.", 0, "Washington")
                .code()
                .code())
        .isEqualTo("USAGOV");
    assertThat(at("Moscow denied any involvement in the explosion.", 0, "Moscow").code().code())
        .isEqualTo("RUSGOV");
  }

  @Test
  void agentNounTakesTheCountryOfItsAdjective() {
    assertThat(
            at("Israeli warplanes struck targets in southern Lebanon on Tuesday.", 0, "warplanes")
                .code()
                .country())
        .isEqualTo("ISR");
    assertThat(
            at("Egyptian police arrested twenty protesters in Cairo.", 0, "police").code().code())
        .isEqualTo("EGYCOP");
  }

  @Test
  void armedGroupIsCodedWithItsCountryAndSector() {
    assertThat(
            at("Al-Shabaab militants attacked a military base in Somalia.", 0, "militants")
                .code()
                .code())
        .isEqualTo("SOMREB");
  }

  @Test
  void nameExplainedOnceIsRecognisedLaterInTheArticle() {
    ActorMention later =
        at(
            "Kenyan President Daniel Arap Tano visited Uganda on Sunday. Tano met Ugandan officials in Kampala.",
            1,
            "Tano");

    assertThat(later.code().code()).isEqualTo("KENGOV");
    assertThat(later.basis()).isEqualTo("learned");
  }

  @Test
  void pronounResolvesToTheMostRecentPerson() {
    ActorMention he =
        at(
            "President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. He praised Germany for its support.",
            1,
            "He");

    assertThat(he.code().code()).isEqualTo("FRAGOV");
    assertThat(he.basis()).isEqualTo("pronoun");
  }

  @Test
  void theTwoLeadersAreBothActorsOfThePreviousPair() {
    String text =
        "The Egyptian president spoke with the Jordanian king on Monday. The two leaders discussed the crisis in Gaza.";
    var article = Coding.article(text);
    List<String> codes =
        Coding.actors(text).stream()
            .filter(
                m ->
                    m.sentence() == 1
                        && article.sentences().get(1).token(m.head()).text().equals("leaders"))
            .map(m -> m.code().code())
            .toList();

    assertThat(codes).containsExactlyInAnyOrder("EGYGOV", "JORGOV");
  }

  @Test
  void ethnicGroupTakesTheCountryWhereItLives() {
    assertThat(
            at(
                    "Ethnic Serbs in northern Kosovo protested against the new police chief.",
                    0,
                    "Serbs")
                .code()
                .country())
        .isEqualTo("XKX");
  }

  @Test
  void possessorLendsItsCountryToAnAgentNoun() {
    assertThat(at("Algeria recalled its ambassador from France.", 0, "Algeria").code().code())
        .isEqualTo("DZA");
    assertThat(at("Russia's invasion of Ukraine continued.", 0, "Russia").code().code())
        .isEqualTo("RUS");
  }
}
