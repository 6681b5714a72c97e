package org.khaldun.pipeline;

import org.khaldun.model.Rejected;

/** Receives a run's results in input order. Called from one thread at a time. */
public interface ResultSink {
  void coded(Stages.Result result);

  void rejected(Rejected rejected);

  /** An article the run was told to leave alone (already stored, for example). */
  default void skipped(org.khaldun.model.Article article) {}

  /** Something ingest left aside or renamed on the way, with nothing lost. */
  default void noted(org.khaldun.model.Notice notice) {}
}
