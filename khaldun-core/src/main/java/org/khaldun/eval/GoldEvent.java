package org.khaldun.eval;

import java.time.LocalDate;

/**
 * One expected event of an evaluation set.
 *
 * @param article article id
 * @param source country code or international code (a bare IGO/NGO/IMG/MNC accepts any code
 *     starting with it)
 * @param target likewise, or null to accept any target
 * @param cameo CAMEO code, or empty when the gold only has a PLOVER type
 * @param plover PLOVER type (upper case), or empty
 * @param date expected date, or null to accept any
 * @param required whether it counts towards recall
 * @param evidence the sentence, for error listings
 */
public record GoldEvent(
    String article,
    String source,
    String target,
    String cameo,
    String plover,
    LocalDate date,
    boolean required,
    String evidence) {}
