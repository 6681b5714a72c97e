package org.khaldun.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What one job did, written as {@code DIR/_SUMMARY.json}; its presence marks a finished output
 * directory (the store's import looks for it).
 *
 * @param articles articles coded
 * @param rejected records rejected, by ingest or coding
 * @param mentions coded event mentions
 * @param events events after deduplication
 * @param partitions partitions the articles were coded in
 * @param readSeconds reading the input on the driver
 * @param codeSeconds coding, deduplicating and writing
 */
public record JobSummary(
    long articles,
    long rejected,
    long mentions,
    long events,
    int partitions,
    double readSeconds,
    double codeSeconds) {
  public static final String FILE = "_SUMMARY.json";

  public double articlesPerSecond() {
    return articles / Math.max(1e-9, readSeconds + codeSeconds);
  }

  String toJson() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("articles", articles);
    node.put("rejected", rejected);
    node.put("mentions", mentions);
    node.put("events", events);
    node.put("partitions", partitions);
    node.putObject("seconds").put("read", readSeconds).put("code", codeSeconds);
    node.put("articles_per_second", articlesPerSecond());
    return node.toPrettyString();
  }

  void write(String dir, Configuration hadoop) {
    try {
      Path file = new Path(dir, FILE);
      FileSystem fs = FileSystem.get(URI.create(dir), hadoop);
      try (OutputStream out = fs.create(file, true)) {
        out.write((toJson() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE + " under " + dir, e);
    }
  }
}
