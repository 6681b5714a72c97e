package org.khaldun.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.khaldun.StoreException;

/**
 * The embedded event store: one DuckDB file. DuckDB lets one process write or several read, so
 * Khaldun takes the file in short sessions: a writer announces itself with a marker file beside the
 * database, waits for open readers to finish, writes one batch in one transaction and lets go;
 * readers wait while a writer is announced and take the file read-only between batches. An ingest
 * therefore leaves the store readable (by the server, by {@code khaldun events}) between its
 * batches, and what a batch writes is all there or not at all. Thread-safe: sessions within one
 * process are serialised.
 */
public final class Store {
  /** The version this code writes; opening an older database migrates it. */
  public static final int SCHEMA_VERSION = Schema.MIGRATIONS.size();

  private final Path database;
  private final Path writerMarker;
  private final Path readerMarker;
  private final Duration patience;
  private final java.util.concurrent.locks.ReentrantReadWriteLock access =
      new java.util.concurrent.locks.ReentrantReadWriteLock();
  private final Object writing = new Object();
  private volatile boolean migrated;
  private volatile org.duckdb.DuckDBConnection shared;
  private volatile long lastRead;
  private java.util.concurrent.ScheduledExecutorService janitor;

  public Store(Path database, Duration patience) {
    this.database = database.toAbsolutePath().normalize();
    this.writerMarker = this.database.resolveSibling(this.database.getFileName() + ".writer");
    this.readerMarker = this.database.resolveSibling(this.database.getFileName() + ".reader");
    this.patience = patience;
  }

  public Store(Path database) {
    this(database, Duration.ofSeconds(120));
  }

  public Path database() {
    return database;
  }

  public boolean exists() {
    return Files.isRegularFile(database);
  }

  /**
   * A fingerprint of the store's files that changes with every committed write (a commit grows the
   * write-ahead log or rewrites the database file), for callers that cache answers. Empty while a
   * live writer (this process or another) is announced or when there is no store: then nothing
   * should be cached. A killed writer's marker counts for nothing, as it does for reads.
   */
  public java.util.Optional<String> version() {
    if (!exists() || ownMarker(writerMarker) || writerAnnounced()) {
      return java.util.Optional.empty();
    }
    Path wal = database.resolveSibling(database.getFileName() + ".wal");
    return java.util.Optional.of(stamp(database) + "/" + stamp(wal));
  }

  private static String stamp(Path file) {
    try {
      java.nio.file.attribute.BasicFileAttributes attributes =
          Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return attributes.size()
          + "@"
          + attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (java.nio.file.NoSuchFileException e) {
      return "-";
    } catch (IOException e) {
      throw new StoreException("cannot read the attributes of " + file + ": " + e.getMessage(), e);
    }
  }

  /** Work done inside a session. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} read-only; the database must exist. Reads share one read-only instance of the
   * database (each on its own connection), which is let go after a second of idleness or as soon as
   * a writer announces itself, so it never keeps a writer out for long.
   */
  public <T> T read(Work<T> work) {
    if (!exists()) {
      throw new StoreException(
          "no event store at " + database + " (run 'khaldun ingest' first, or pass --db)");
    }
    long deadline = System.nanoTime() + patience.toNanos();
    waitForWriter(deadline);
    access.readLock().lock();
    try {
      try (Connection connection = sharedReadOnly(deadline).duplicate()) {
        lastRead = System.nanoTime();
        if (migrated || version(connection) >= SCHEMA_VERSION) {
          migrated = true;
          return work.run(connection);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading " + database + " failed: " + e.getMessage(), e);
    } finally {
      access.readLock().unlock();
    }
    write(connection -> null); // a store of an older schema: migrate it, then read
    return read(work);
  }

  private synchronized org.duckdb.DuckDBConnection sharedReadOnly(long deadline)
      throws SQLException {
    if (shared == null) {
      shared = open(true, deadline).unwrap(org.duckdb.DuckDBConnection.class);
      startJanitor();
    }
    return shared;
  }

  /** Closes the shared read-only instance; waits for reads in flight. */
  private void releaseShared() {
    access.writeLock().lock();
    try {
      synchronized (this) {
        if (shared != null) {
          shared.close();
          shared = null;
        }
      }
    } catch (SQLException e) {
      throw new StoreException("closing " + database + " failed: " + e.getMessage(), e);
    } finally {
      access.writeLock().unlock();
    }
  }

  private synchronized void startJanitor() {
    if (janitor != null) {
      return;
    }
    janitor =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "khaldun-store-janitor");
              thread.setDaemon(true);
              return thread;
            });
    janitor.scheduleWithFixedDelay(
        () -> {
          boolean idle = System.nanoTime() - lastRead > 1_000_000_000L;
          if (shared != null && (idle || writerAnnounced())) {
            releaseShared();
          }
        },
        200,
        200,
        java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code work} in one read-write transaction, creating and migrating the database as needed.
   */
  public <T> T write(Work<T> work) {
    synchronized (writing) {
      releaseShared();
      access.writeLock().lock();
      long deadline = System.nanoTime() + patience.toNanos();
      letWaitingReadersIn();
      announce();
      try (Connection connection = open(false, deadline)) {
        migrate(connection);
        migrated = true;
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException(
            "writing " + database + " failed (nothing of this batch was kept): " + e.getMessage(),
            e);
      } finally {
        withdraw();
        access.writeLock().unlock();
      }
    }
  }

  /** The schema version of the database, or 0 when it has none yet. */
  private static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      tables.next();
      if (tables.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void migrate(Connection connection) throws SQLException {
    int current = version(connection);
    if (current > SCHEMA_VERSION) {
      throw new StoreException(
          database
              + " has schema version "
              + current
              + ", newer than this Khaldun understands ("
              + SCHEMA_VERSION
              + ")");
    }
    for (int next = current + 1; next <= SCHEMA_VERSION; next++) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        if (next == 1) {
          statement.execute(
              "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        for (String sql : Schema.MIGRATIONS.get(next - 1).split(";")) {
          if (!sql.isBlank()) {
            statement.execute(sql);
          }
        }
        statement.execute("INSERT INTO schema_version VALUES (" + next + ", now())");
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw new StoreException(
            "migrating " + database + " to schema version " + next + " failed: " + e.getMessage(),
            e);
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private Connection open(boolean readOnly, long deadline) throws SQLException {
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    long pause = 20;
    while (true) {
      try {
        return DriverManager.getConnection("jdbc:duckdb:" + database, properties);
      } catch (SQLException e) {
        String message = String.valueOf(e.getMessage());
        // Another process holds the file, or another store object of this process holds it in
        // another mode: both let go soon (a writer after its batch, a reader when idle).
        boolean busy = message.contains("lock") || message.contains("different configuration");
        if (!busy || System.nanoTime() > deadline) {
          throw e;
        }
      }
      sleep(pause);
      pause = Math.min(500, pause * 2);
    }
  }

  /** Tells readers a writer is waiting, so they stop taking the file until it is done. */
  private void announce() {
    try {
      Files.createDirectories(database.getParent());
      Files.writeString(
          writerMarker, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the writer marker " + writerMarker + ": " + e.getMessage(), e);
    }
  }

  private void withdraw() {
    try {
      Files.deleteIfExists(writerMarker);
    } catch (IOException e) {
      throw new StoreException(
          "cannot remove the writer marker " + writerMarker + ": " + e.getMessage(), e);
    }
  }

  private void waitForWriter(long deadline) {
    long pause = 10;
    boolean waiting = false;
    try {
      while (writerAnnounced()) {
        if (!waiting) {
          // Ask the writer to leave a gap after its batch, or a busy ingest would starve readers.
          touch(readerMarker);
          waiting = true;
        }
        if (System.nanoTime() > deadline) {
          throw new StoreException(
              "gave up waiting for the writer of " + database + " (marker " + writerMarker + ")");
        }
        sleep(pause);
        pause = Math.min(100, pause * 2);
      }
    } finally {
      if (waiting) {
        delete(readerMarker);
      }
    }
  }

  /** Before writing again, give a waiting reader up to a second to get in. */
  private void letWaitingReadersIn() {
    long until = System.nanoTime() + 1_000_000_000L;
    while (markerAlive(readerMarker) && System.nanoTime() < until) {
      sleep(10);
    }
  }

  private static void touch(Path marker) {
    try {
      Files.writeString(
          marker, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new StoreException("cannot write " + marker + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path marker) {
    try {
      Files.deleteIfExists(marker);
    } catch (IOException e) {
      throw new StoreException("cannot remove " + marker + ": " + e.getMessage(), e);
    }
  }

  /** A marker left by a writer that was killed does not block anyone. */
  private boolean writerAnnounced() {
    return markerAlive(writerMarker);
  }

  private static boolean ownMarker(Path marker) {
    try {
      return Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip())
          == ProcessHandle.current().pid();
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  /** Whether a marker names another live process (a killed process's marker counts for nothing). */
  private static boolean markerAlive(Path marker) {
    try {
      String content = Files.readString(marker, StandardCharsets.US_ASCII).strip();
      long pid = Long.parseLong(content);
      if (pid == ProcessHandle.current().pid()) {
        return false;
      }
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the event store");
    }
  }
}
