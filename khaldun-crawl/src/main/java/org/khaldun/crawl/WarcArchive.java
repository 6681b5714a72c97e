package org.khaldun.crawl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.KhaldunException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes every answer as a WARC {@code response} record (jwarc, one gzip member per record) into
 * {@code khaldun-TIMESTAMP-NNNNN.warc.gz} files in a directory, beginning a new file when one
 * passes its size. The record holds the URL requested, the time of the answer, the status and
 * headers, and the body as received, so {@code khaldun ingest DIR/*.warc.gz} reads the pages the
 * watch coded exactly as the watch read them. Each record is flushed as written: a killed watch
 * loses at most the record being written. Not thread-safe: the watcher writes from one thread.
 */
public final class WarcArchive implements Archive {
  /** Headers the JDK client has already acted on, which would mislead a reader of the body. */
  private static final Set<String> DROPPED =
      Set.of("transfer-encoding", "content-length", ":status");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path directory;
  private final long fileBytes;
  private final String software;
  private final String stamp;
  private int sequence;
  private FileChannel channel;
  private WarcWriter writer;

  public WarcArchive(Path directory, long fileBytes, String software) {
    this.directory = directory;
    this.fileBytes = fileBytes;
    this.software = software;
    this.stamp = STAMP.format(Instant.now());
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new KhaldunException("cannot create the archive directory " + directory + ": " + e, e);
    }
  }

  @Override
  public void write(Response response) {
    try {
      if (writer == null || channel.position() >= fileBytes) {
        rotate();
      }
      HttpResponse.Builder http =
          new HttpResponse.Builder(response.status(), Response.reason(response.status()));
      String contentType = "application/octet-stream";
      for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
        if (header.getKey().equals("content-type")) {
          contentType = header.getValue().get(0);
        } else if (!DROPPED.contains(header.getKey())) {
          header.getValue().forEach(value -> http.addHeader(header.getKey(), value));
        }
      }
      http.body(mediaType(contentType), response.body());
      writer.write(
          new WarcResponse.Builder(response.url())
              .date(response.fetchedAt())
              .body(http.build())
              .build());
    } catch (IOException | RuntimeException e) {
      throw new KhaldunException(
          "cannot write the answer from "
              + response.url()
              + " to the archive in "
              + directory
              + ": "
              + e,
          e);
    }
  }

  private static MediaType mediaType(String value) {
    try {
      return MediaType.parse(value);
    } catch (IllegalArgumentException e) {
      return MediaType.parse("application/octet-stream");
    }
  }

  /** Closes the current file and begins the next one with a {@code warcinfo} record. */
  private void rotate() throws IOException {
    close();
    String name;
    do { // two watches started in the same second share a stamp, never a file
      sequence++;
      name = String.format(Locale.ROOT, "khaldun-%s-%05d.warc.gz", stamp, sequence);
    } while (Files.exists(directory.resolve(name)));
    channel =
        FileChannel.open(
            directory.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
    writer.write(
        new Warcinfo.Builder()
            .filename(name)
            .fields(
                Map.of(
                    "software", List.of(software),
                    "format", List.of("WARC File Format 1.1"),
                    "description", List.of("pages fetched by khaldun watch")))
            .build());
  }

  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      throw new KhaldunException("cannot close the archive in " + directory + ": " + e, e);
    } finally {
      writer = null;
      channel = null;
    }
  }
}
