package org.khaldun.pipeline;

/** Told how a run advances; called from the run's own thread. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, read, sentences, inputFinished) -> {};

  /**
   * @param done articles finished (coded or rejected)
   * @param read articles read so far
   * @param sentences sentences coded so far
   * @param inputFinished whether every input has been read (so {@code read} is the total)
   */
  void update(int done, int read, long sentences, boolean inputFinished);
}
