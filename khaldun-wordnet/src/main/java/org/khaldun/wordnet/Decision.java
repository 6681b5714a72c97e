package org.khaldun.wordnet;

import java.util.Objects;

/**
 * One curated decision about a proposal: keep the candidate as a trigger of the code, or drop it.
 *
 * @param kept whether the candidate becomes a trigger
 * @param code the CAMEO code
 * @param pos the candidate's part of speech
 * @param candidate the candidate in Khaldun's trigger form
 * @param from the trigger it came from, whose patterns a kept synonym copies
 * @param relation synonym or derivation
 * @param reason why, in a few words ("military sense", "labour sense, not an attack")
 * @param line where it was decided ({@code file:line})
 */
public record Decision(
    boolean kept,
    String code,
    Pos pos,
    String candidate,
    String from,
    Relation relation,
    String reason,
    String line) {
  public Decision {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(reason, "reason");
  }

  /** The key it shares with the proposal it decides ({@link Proposal#key()}). */
  public String key() {
    return Proposal.key(code, pos, candidate);
  }
}
