package org.khaldun.coding;

import org.khaldun.model.ActorMention;

/**
 * An event found by a pattern, before its wording (wrappers, negation, modality) and dating are
 * read.
 *
 * @param pattern the pattern that matched
 * @param trigger the trigger token
 * @param governor for a noun trigger, the verb that governs it, else -1
 * @param source the source actor
 * @param sourceSlot how the source was found
 * @param target the target actor, or null
 * @param targetSlot how the target was found ("self", "none" when there is none, "reverse" for the
 *     other side's act of a joint one)
 * @param indirect whether an actor was lent by a modifier of a slot's head
 */
record Draft(
    Pattern pattern,
    int trigger,
    int governor,
    ActorMention source,
    String sourceSlot,
    ActorMention target,
    String targetSlot,
    boolean indirect) {

  /** The clause's predicate: the governing verb of a noun trigger, else the trigger. */
  int predicate() {
    return pattern.noun() && governor >= 0 ? governor : trigger;
  }

  /** Whether the target was found in the sentence rather than supplied by a fallback. */
  boolean explicitTarget() {
    return target != null && !"self".equals(targetSlot) && !"none".equals(targetSlot);
  }
}
