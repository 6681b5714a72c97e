package org.khaldun.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khaldun.testkit.Coding.assertCodes;
import static org.khaldun.testkit.Coding.assertNoEventWithRoot;
import static org.khaldun.testkit.Coding.assertNoEvents;
import static org.khaldun.testkit.Coding.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;

/** The coder on hand-checked parses of synthetic sentences: what each kind of wording codes to. */
final class DependencyCoderTest {

  @Test
  void phonedCodesTelephoneDiscussionDatedFromTheWeekday() {
    CodedEvent event =
        assertCodes(
            "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.",
            "IRN",
            "SAU",
            "041");
    assertThat(event.source().code().code()).isEqualTo("IRNGOV");
    assertThat(event.target().code().code()).isEqualTo("SAUGOV");
    assertThat(event.date()).isEqualTo(LocalDate.of(2023, 10, 11));
    assertThat(event.dateBasis()).isEqualTo(DateBasis.TEXT);
    assertThat(event.code().plover()).isEqualTo("CONSULT");
    assertThat(event.code().mode()).isEqualTo("phone");
  }

  @Test
  void heldPhoneCallWithCounterpartTakesCountryFromAdjective() {
    CodedEvent event =
        assertCodes(
            "The Kenyan foreign minister held a phone call with his Ugandan counterpart on Saturday.",
            "KEN",
            "UGA",
            "041");
    assertThat(event.target().code().code()).isEqualTo("UGAGOV");
    // Published on Thursday 2024-03-14: the Saturday before.
    assertThat(event.date()).isEqualTo(LocalDate.of(2024, 3, 9));
  }

  @Test
  void spokeByPhoneIsTelephoneDiscussion() {
    assertCodes(
        "The Chinese foreign minister spoke by phone with his Russian counterpart.",
        "CHN",
        "RUS",
        "041");
  }

  @Test
  void arrivingInAForeignCapitalIsAVisit() {
    CodedEvent event =
        assertCodes(
            "The Japanese prime minister arrived in Jakarta on Monday for a three-day visit.",
            "JPN",
            "IDN",
            "042");
    assertThat(event.date()).isEqualTo(LocalDate.of(2024, 3, 11));
  }

  @Test
  void hostingIsHostAVisit() {
    assertCodes(
        "Chancellor Olaf Scholz hosted the Polish president in Berlin on Tuesday.",
        "DEU",
        "POL",
        "043");
  }

  @Test
  void meetingInAThirdCountryIsThirdLocation() {
    assertCodes(
        "Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart in Geneva on Friday.",
        "ARM",
        "AZE",
        "044");
  }

  @Test
  void meetingAtHomeIsHostingAndPronounCarriesTheActor() {
    String text =
        "President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. He praised Germany for its support.";
    assertCodes(text, "FRA", "DEU", "043");
    CodedEvent praise = assertCodes(text, "FRA", "DEU", "051");
    assertThat(praise.sentence()).isEqualTo(1);
    assertThat(praise.source().basis()).isEqualTo("pronoun");
  }

  @Test
  void theTwoLeadersResolveToThePairOfThePreviousSentence() {
    String text =
        "The Egyptian president spoke with the Jordanian king on Monday. The two leaders discussed the crisis in Gaza.";
    assertThat(events(text).stream().filter(e -> e.sentence() == 1 && e.code().root().equals("04")))
        .hasSize(1);
    assertCodes(text, "EGY", "JOR", "040");
  }

  @Test
  void nameLearnedFromTitleIsRememberedForTheRestOfTheArticle() {
    String text =
        "Kenyan President Daniel Arap Tano visited Uganda on Sunday. Tano met Ugandan officials in Kampala.";
    CodedEvent visit = assertCodes(text, "KEN", "UGA", "042");
    assertThat(visit.source().name()).isEqualTo("Daniel Arap Tano");
    CodedEvent meeting =
        events(text).stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
    assertThat(meeting.source().code().code()).isEqualTo("KENGOV");
    assertThat(meeting.source().basis()).isEqualTo("learned");
  }

  @Test
  void talksHeldWithIsConsultationWithoutDateWhenUnpublished() {
    CodedEvent event =
        assertCodes(
            "The Turkish president held talks with the Iraqi prime minister on Friday.",
            "TUR",
            "IRQ",
            "040");
    assertThat(event.date()).isNull();
    assertThat(event.dateBasis()).isEqualTo(DateBasis.NONE);
  }

  @Test
  void accusationCodesAccuseButNotTheAllegedViolation() {
    assertCodes(
        "Pakistan accused India of violating the ceasefire along the border.", "PAK", "IND", "112");
    assertNoEventWithRoot(
        "Pakistan accused India of violating the ceasefire along the border.", "19");
  }

  @Test
  void condemningAStrikeTargetsItsAuthorAndCodesTheStrikeToo() {
    String text = "The European Union condemned the Russian missile strike on Kyiv.";
    assertCodes(text, "IGOEU", "RUS", "111");
    assertCodes(text, "RUS", "UKR", "195");
  }

  @Test
  void threatenedToStrikeIsThreatOfForce() {
    assertCodes(
        "North Korea threatened to strike American bases if the drills continued.",
        "PRK",
        "USA",
        "138");
  }

  @Test
  void warningAgainstAnAttackIsAThreatNotAnAttack() {
    String text = "Iran warned Israel against any attack on its nuclear sites.";
    assertCodes(text, "IRN", "ISR", "130");
    assertNoEventWithRoot(text, "19");
  }

  @Test
  void threatConditionNamesTheThreatenedParty() {
    CodedEvent event =
        events(
                "Greek protesters threatened to block the port unless the government withdrew the tax.")
            .get(0);
    assertThat(event.code().root()).isEqualTo("13");
    assertThat(event.source().code().code()).isEqualTo("GRCOPP");
  }

  @Test
  void reportedFutureHarmIsAThreatBySpeaker() {
    assertCodes("The Iranian leader said Israel would pay a heavy price.", "IRN", "ISR", "138");
  }

  @Test
  void warplanesStrikingTargetsInAPlaceAreAnAerialAttackOnThatCountry() {
    assertCodes(
        "Israeli warplanes struck targets in southern Lebanon on Tuesday.", "ISR", "LBN", "195");
  }

  @Test
  void launchedAirStrikesIsAerialWeapons() {
    assertCodes("Russian forces launched air strikes on Aleppo on Thursday.", "RUS", "SYR", "195");
  }

  @Test
  void pastTenseSaturdayIsTheSaturdayBeforePublication() {
    // Published Thursday 2023-10-12; SUTime says the coming Saturday (10-14).
    CodedEvent event =
        assertCodes("Hamas fighters attacked Israeli towns on Saturday.", "PSE", "ISR", "190");
    assertThat(event.date()).isEqualTo(LocalDate.of(2023, 10, 7));
  }

  @Test
  void passiveAgentIsTheSource() {
    assertCodes(
        "Three Turkish soldiers were killed by PKK militants near the Iraqi border.",
        "TUR",
        "TUR",
        "190");
    CodedEvent event =
        events("Three Turkish soldiers were killed by PKK militants near the Iraqi border.").get(0);
    assertThat(event.source().code().code()).isEqualTo("TURREB");
    assertThat(event.target().code().code()).isEqualTo("TURMIL");
  }

  @Test
  void armedGroupAttackingABaseInACountry() {
    assertCodes("Al-Shabaab militants attacked a military base in Somalia.", "SOM", "SOM", "190");
  }

  @Test
  void nominalInvasionWithPossessorAndOfPhrase() {
    assertCodes("Russia's invasion of Ukraine continued.", "RUS", "UKR", "190");
  }

  @Test
  void sanctionsImposedAndLifted() {
    assertCodes("Washington imposed new sanctions on Venezuela on Friday.", "USA", "VEN", "163");
    assertCodes("The United States lifted sanctions on Sudan.", "USA", "SDN", "085");
  }

  @Test
  void protestWithoutForeignTargetIsDomestic() {
    assertCodes(
        "Thousands of Armenians protested in Yerevan against the government.", "ARM", "ARM", "141");
  }

  @Test
  void ethnicGroupIsCodedWhereItLives() {
    assertCodes(
        "Ethnic Serbs in northern Kosovo protested against the new police chief.",
        "XKX",
        "XKX",
        "141");
  }

  @Test
  void arrestTargetsThePlaceWhenTheDetainedHaveNoCountry() {
    CodedEvent event =
        assertCodes("Egyptian police arrested twenty protesters in Cairo.", "EGY", "EGY", "173");
    assertThat(event.source().code().code()).isEqualTo("EGYCOP");
  }

  @Test
  void humanitarianAidSentToACountry() {
    assertCodes(
        "Japan sent humanitarian aid to Myanmar after the earthquake.", "JPN", "MMR", "073");
  }

  @Test
  void denialIsCodedWithoutTarget() {
    assertCodes("Moscow denied any involvement in the explosion.", "RUS", null, "016");
  }

  @Test
  void deniedThatItSuppliedIsADenialNotASupply() {
    String text = "Tehran denied that it had supplied drones to Russia.";
    assertCodes(text, "IRN", "RUS", "016");
    assertNoEventWithRoot(text, "07");
  }

  @Test
  void willVisitIsIntentToMeetDatedByPublication() {
    CodedEvent event =
        assertCodes("The French president will visit Nigeria next month.", "FRA", "NGA", "036");
    assertThat(event.date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(event.dateBasis()).isEqualTo(DateBasis.PUBLISHED);
  }

  @Test
  void refusingToMeetRejectsAProposalToMeet() {
    assertCodes("Hungary refused to meet the Ukrainian delegation.", "HUN", "UKR", "125");
  }

  @Test
  void negatedIntentToCooperateIsARefusal() {
    assertCodes("Serbia will not recognize Kosovo.", "SRB", "XKX", "120");
  }

  @Test
  void negationQuestionAndConditionCodeNothing() {
    assertNoEvents("Egypt did not attack Libya.");
    assertNoEvents("Will China attack Taiwan?");
    assertNoEventWithRoot("If Iran attacks Israel, the United States will respond.", "19");
  }

  @Test
  void mustInReportedSpeechIsADemandAndNothingElse() {
    // Releasing people is yielding (084), so the demand is a demand to yield (105, CAMEO 1053).
    String text = "The British minister said that Libya must release the detained journalists.";
    assertCodes(text, "GBR", "LBY", "105");
    assertNoEventWithRoot(text, "08");
  }

  @Test
  void urgingIsAnAppealForWhatIsUrgedAndThatActionDidNotHappen() {
    // Allowing aid in is yielding (086), so the appeal is an appeal to yield (025).
    String text = "The UN chief urged Ethiopia to allow aid into Tigray.";
    assertCodes(text, "IGOUNO", "ETH", "025");
    assertNoEventWithRoot(text, "08");
  }

  @Test
  void conjoinedSubjectsAgreeingPairUp() {
    // Reopening borders allows passage (086), so agreeing to it is an intent to yield (035).
    assertCodes(
        "Ethiopia and Eritrea agreed to reopen their border crossings.", "ETH", "ERI", "035");
  }

  @Test
  void signingAnAgreementIsSymmetric() {
    assertCodes(
        "Japan and the Philippines signed a defence agreement on Monday.", "JPN", "PHL", "057");
  }

  @Test
  void expellingDiplomatsReducesRelationsWithTheirCountry() {
    // Diplomats expelled are relations reduced (161); 166 is for peacekeepers and inspectors.
    assertCodes("Poland expelled two Russian diplomats.", "POL", "RUS", "161");
  }

  @Test
  void recallingAnAmbassadorFromACountry() {
    assertCodes("Algeria recalled its ambassador from France.", "DZA", "FRA", "161");
  }

  @Test
  void callingOffNormalisationReducesRelations() {
    assertCodes("Riyadh called off plans for normalization with Israel.", "SAU", "ISR", "160");
  }

  @Test
  void everyEventNamesItsPatternAndExplainsItself() {
    CodedEvent event =
        assertCodes(
            "Washington imposed new sanctions on Venezuela on Friday.", "USA", "VEN", "163");
    assertThat(event.pattern()).isEqualTo("reduce/impose-sanctions");
    assertThat(event.explanation())
        .contains("patterns.txt:")
        .contains("'imposed'")
        .contains("source 'Washington'");
    assertThat(event.evidence())
        .isEqualTo("Washington imposed new sanctions on Venezuela on Friday.");
    assertThat(event.confidence()).isBetween(0.3, 1.0);
  }
}
