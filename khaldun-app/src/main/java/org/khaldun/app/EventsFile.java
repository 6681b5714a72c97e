package org.khaldun.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.khaldun.KhaldunException;
import org.khaldun.model.CodedEvent;
import org.khaldun.output.EventJson;

/**
 * The event records of a run, written as they are coded into a hidden file beside the target and
 * renamed onto it at the end, so readers never see half a file. A run that fails on the way still
 * renames what it wrote: the events coded before the failure are kept, not lost with the run.
 */
final class EventsFile implements AutoCloseable {
  private final Path target;
  private final Path partial;
  private final Writer writer;
  private long records;
  private boolean closed;

  EventsFile(Path target) throws IOException {
    this.target = target;
    OutputFiles.createParent(target);
    Path parent = target.toAbsolutePath().getParent();
    this.partial = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
    this.writer = OutputFiles.writer(partial);
  }

  void write(CodedEvent event) {
    try {
      EventJson.write(event, writer);
      writer.write('\n');
      records++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  long records() {
    return records;
  }

  /** Flushes what was written and moves it onto the target. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writer.close();
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new KhaldunException(
          "cannot write " + target + " (" + e.getMessage() + "); what was coded is in " + partial,
          e);
    }
  }
}
