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
  NEGATE
}
