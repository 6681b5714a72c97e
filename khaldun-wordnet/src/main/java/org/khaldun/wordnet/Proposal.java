package org.khaldun.wordnet;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A word WordNet suggests as a new trigger of a CAMEO code.
 *
 * @param code the CAMEO code
 * @param pos the candidate's part of speech
 * @param candidate the candidate in Khaldun's trigger form ({@code assail}, {@code work-stoppage})
 * @param from the trigger it came from
 * @param relation synonym (same synset) or derivation (verb to noun or back)
 * @param senseKey the candidate's WordNet sense key in that synset
 * @param meaning the candidate's synset
 * @param score how sure the filter is: the support of the trigger's sense times the share of that
 *     sense in the trigger's and in the candidate's uses; for ranking, not a probability
 * @param conflicts other codes the candidate is already a trigger of
 * @param evidence what tied the trigger's sense to the code ({@code hyp:attack}, {@code
 *     gloss:enemy})
 */
public record Proposal(
    String code,
    Pos pos,
    String candidate,
    String from,
    Relation relation,
    String senseKey,
    Meaning meaning,
    double score,
    Set<String> conflicts,
    List<String> evidence) {
  public Proposal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(candidate, "candidate");
    conflicts = Set.copyOf(conflicts);
    evidence = List.copyOf(evidence);
  }

  /** What identifies a decision about it: the code, the part of speech and the candidate. */
  public String key() {
    return key(code, pos, candidate);
  }

  static String key(String code, Pos pos, String candidate) {
    return code + "\t" + pos.label() + "\t" + candidate;
  }
}
