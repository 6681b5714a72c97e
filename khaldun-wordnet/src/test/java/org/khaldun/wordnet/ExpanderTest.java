package org.khaldun.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpanderTest {
  @TempDir Path dir;

  private List<Proposal> propose(String... patterns) {
    return new Expander(TestLexicons.wordNet(), TestLexicons.lexicon(dir, patterns)).propose();
  }

  private static List<String> candidates(List<Proposal> proposals, String code) {
    return proposals.stream().filter(p -> p.code().equals(code)).map(Proposal::candidate).toList();
  }

  @Test
  void fireAsAWeaponDoesNotBringTheWordsForDismissal() {
    List<Proposal> proposals =
        propose(
            "194 fire  obj:rocket|missile  T:at  = fight/fire-rockets",
            "193 shoot  T:obj  = fight/small-arms");
    assertThat(candidates(proposals, "194")).contains("open_fire").doesNotContain("sack", "can");
  }

  @Test
  void aCandidateThatTriggersAnotherCodeIsFlaggedAsAConflict() {
    List<Proposal> proposals =
        propose(
            "194 fire  obj:rocket|missile  T:at  = fight/fire-rockets",
            "193 shoot|open_fire  T:obj  = fight/small-arms");
    Proposal openFire =
        proposals.stream()
            .filter(p -> p.code().equals("194") && p.candidate().equals("open_fire"))
            .findFirst()
            .orElseThrow();
    assertThat(openFire.conflicts()).containsExactly("193");
    assertThat(openFire.relation()).isEqualTo(Relation.SYNONYM);
  }

  @Test
  void aCandidateAlreadyTriggeringTheCodeIsNotProposed() {
    List<Proposal> proposals =
        propose(
            "194 fire|open_fire  obj:rocket|missile  T:at  = fight/fire-rockets",
            "193 shoot  T:obj  = fight/small-arms");
    assertThat(candidates(proposals, "194")).doesNotContain("open_fire", "fire");
  }

  @Test
  void derivationsCrossToTheEventNounButNotToThePerson() {
    List<Proposal> proposals =
        propose("190 invade|attack|assault  T:obj  = fight/attack", "190 n:offensive  = fight/x");
    assertThat(proposals)
        .anySatisfy(
            p -> {
              assertThat(p.candidate()).isEqualTo("invasion");
              assertThat(p.pos()).isEqualTo(Pos.NOUN);
              assertThat(p.relation()).isEqualTo(Relation.DERIVATION);
              assertThat(p.from()).isEqualTo("invade");
            });
    assertThat(candidates(proposals, "190")).doesNotContain("invader", "attacker");
  }

  @Test
  void generatedPatternsAreNeitherExpandedNorCountedAsHandWritten() {
    List<Proposal> proposals =
        propose(
            "190 invade|attack|assault  T:obj  = fight/attack",
            "190 n:invasion  T:any  = fight/attack~wn");
    assertThat(candidates(proposals, "190")).contains("invasion");
    assertThat(proposals).extracting(Proposal::from).doesNotContain("invasion");
  }

  @Test
  void wordClassesAndElementsExpandAsTheWordsTheyStandFor() {
    String withClasses =
        ProposalsFile.format(
            propose(
                "class fighting attack|assault|invade",
                "class ground-troops army|troop",
                "190 @fighting  subj:@ground-troops  pp:with:tank  obj:*  T:obj|any  = fight/attack",
                "130 threaten  T:obj|with  T?  keep  derive:threaten  = threaten/threaten"));
    String plain =
        ProposalsFile.format(
            propose(
                "190 attack|assault|invade  T:obj  = fight/attack",
                "130 threaten  T:obj  = threaten/threaten"));
    assertThat(withClasses).isEqualTo(plain).contains("invasion");
  }

  @Test
  void proposalsAreSortedByCodeAndStable() {
    String[] lexicon = {
      "194 fire  obj:rocket|missile  T:at  = fight/fire-rockets",
      "193 shoot  T:obj  = fight/small-arms",
      "190 invade|attack|assault  T:obj  = fight/attack",
    };
    List<Proposal> first = propose(lexicon);
    assertThat(first).extracting(Proposal::code).isSorted();
    assertThat(ProposalsFile.format(propose(lexicon))).isEqualTo(ProposalsFile.format(first));
  }
}
