package org.khaldun.app;

import java.io.PrintStream;
import java.util.Locale;
import org.khaldun.pipeline.Progress;

/**
 * A one-line progress bar on stderr for long inputs: articles done, throughput and, once every
 * input has been read, an estimate of the time left. Redraws at most five times a second.
 */
final class ProgressBar implements Progress {
  private final PrintStream err;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintStream err) {
    this.err = err;
  }

  @Override
  public void update(int done, int read, long sentences, boolean inputFinished) {
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    StringBuilder line = new StringBuilder("\r");
    if (inputFinished && read > 0) {
      int width = 24;
      int filled = (int) Math.round(width * (double) done / read);
      line.append('[').append("=".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
      long left = rate > 0 ? Math.round((read - done) / rate) : 0;
      line.append(
          String.format(
              Locale.ROOT,
              "%d/%d articles, %.1f sentences/s, %d:%02d left",
              done,
              read,
              sentences / Math.max(seconds, 1e-9),
              left / 60,
              left % 60));
    } else {
      line.append(
          String.format(
              Locale.ROOT,
              "%d articles (%d read), %.1f sentences/s",
              done,
              read,
              sentences / Math.max(seconds, 1e-9)));
    }
    err.print(line);
    err.print("   ");
    err.flush();
    drawn = true;
  }

  /** Clears the bar so the summary starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(79) + "\r");
      err.flush();
    }
  }
}
