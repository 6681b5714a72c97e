package org.khaldun.eval;

import java.time.LocalDate;

/** A coded event reduced to what scoring compares; actors are country or international codes. */
public record PredictedEvent(
    String article, String source, String target, String cameo, String plover, LocalDate date) {}
