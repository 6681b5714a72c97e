package org.khaldun.coding;

/** What a verb that takes another event as its complement does to that event. */
enum WrapMode {
  /** "agreed to visit": an intent to cooperate (03x) or, for conflict, a threat (13x). */
  INTENT,
  /** "refused to meet": a rejection (12x). */
  REJECT,
  /** "threatened to strike": a threat (13x). */
  THREATEN,
  /** "denied attacking": a denial (016). */
  DENY,
  /** "continued to send arms": the event itself. */
  SAME,
  /** "failed to agree": nothing happened. */
  NEGATE,
  /** "stopped mediating", "halted aid": the halt of the event (165, 162), where CAMEO has one. */
  HALT,
  /** "attempted to assassinate": the attempt (185), where CAMEO has one, else the event itself. */
  ATTEMPT,
  /** "is considering sanctions": a policy option considered (014). */
  CONSIDER,
  /** The code of an appeal for the event ("urged X to release": 025); for derived patterns. */
  APPEAL,
  /** The code of a demand for the event ("demanded that X release": 105); for derived patterns. */
  DEMAND
}
