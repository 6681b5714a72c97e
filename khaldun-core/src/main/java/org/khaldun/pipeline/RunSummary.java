package org.khaldun.pipeline;

import java.time.Duration;

/**
 * What one run did.
 *
 * @param articles articles coded
 * @param rejected records rejected (by ingest or a later stage)
 * @param sentences sentences coded
 * @param events events coded
 * @param elapsed wall-clock time
 */
public record RunSummary(
    int articles, int rejected, long sentences, long events, Duration elapsed) {
  public double articlesPerSecond() {
    return articles / Math.max(1e-9, elapsed.toNanos() / 1e9);
  }

  public double sentencesPerSecond() {
    return sentences / Math.max(1e-9, elapsed.toNanos() / 1e9);
  }
}
