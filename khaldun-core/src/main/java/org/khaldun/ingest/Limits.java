package org.khaldun.ingest;

/**
 * Bounds on input records.
 *
 * @param maxRecordBytes a text file or JSON line larger than this is rejected as oversized
 */
public record Limits(int maxRecordBytes) {
  public static final Limits DEFAULT = new Limits(2 * 1024 * 1024);

  public Limits {
    if (maxRecordBytes < 64) {
      throw new IllegalArgumentException(
          "maxRecordBytes must be at least 64, was " + maxRecordBytes);
    }
  }
}
