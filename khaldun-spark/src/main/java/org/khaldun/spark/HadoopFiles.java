package org.khaldun.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.khaldun.ingest.ArticleSink;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.UniqueIds;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;

/**
 * Inputs given as Hadoop paths ({@code file:}, {@code hdfs:}, {@code s3a:}): text files, JSON
 * lines, web pages, WARC archives and directories of them, read as {@code code} reads local ones.
 * The driver lists the files (names and sizes only, sorted by path as a directory is read locally);
 * the executors read and parse them with core's {@link Ingest#readFile}, one task per group of
 * files, so no article text passes through the driver. A directory whose files are all Parquet is
 * left to Spark's Parquet reader.
 */
final class HadoopFiles {
  private HadoopFiles() {}

  /** Whether {@code input} names a Hadoop path: a URI with a scheme of two letters or more. */
  static boolean isUri(String input) {
    return input.matches("[A-Za-z][A-Za-z0-9+.-]+:.*");
  }

  /** One file to read: its place in the run, its path, whether it was named, its size. */
  record File(int order, int input, String path, String name, boolean named, long size)
      implements Serializable {}

  /** What listing found: files to read, records rejected, notices, and Parquet datasets. */
  record Listing(
      List<File> files, List<Rejected> rejects, List<Notice> notices, List<String> parquet) {}

  /** Lists {@code inputs} (by their index in the job's inputs) in the order they are read. */
  static Listing list(List<String> inputs, List<Integer> indexes, Configuration conf) {
    List<File> files = new ArrayList<>();
    List<Rejected> rejects = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Path path = new Path(inputs.get(i));
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        String name = status.getPath().toString();
        if (!status.isDirectory()) {
          files.add(
              new File(files.size(), indexes.get(i), name, path.getName(), true, status.getLen()));
          continue;
        }
        List<FileStatus> found = new ArrayList<>();
        walk(fs, status.getPath(), found, rejects);
        found.sort(Comparator.comparing(s -> s.getPath().toString()));
        if (allParquet(found)) {
          parquet.add(inputs.get(i));
          continue;
        }
        for (FileStatus f : found) {
          String fileName = f.getPath().getName();
          if (Ingest.readsFromDirectory(fileName)) {
            files.add(
                new File(
                    files.size(),
                    indexes.get(i),
                    f.getPath().toString(),
                    fileName,
                    false,
                    f.getLen()));
          } else {
            notices.add(
                new Notice(
                    f.getPath().toString(), 0, null, "skipped", Ingest.NOT_READ_FROM_DIRECTORIES));
          }
        }
      } catch (FileNotFoundException e) {
        rejects.add(new Rejected(path.toString(), 0, null, "ingest", "no such file or directory"));
      } catch (IOException e) {
        rejects.add(
            new Rejected(path.toString(), 0, null, "ingest", "cannot read: " + e.getMessage()));
      }
    }
    return new Listing(files, rejects, notices, parquet);
  }

  /** Every file under {@code dir}, hidden entries ({@code .name}) left out as locally. */
  private static void walk(
      FileSystem fs, Path dir, List<FileStatus> found, List<Rejected> rejects) {
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (IOException e) {
      rejects.add(
          new Rejected(
              dir.toString(), 0, null, "ingest", "cannot list directory: " + e.getMessage()));
      return;
    }
    for (FileStatus entry : entries) {
      if (entry.getPath().getName().startsWith(".")) {
        continue;
      }
      if (entry.isDirectory()) {
        walk(fs, entry.getPath(), found, rejects);
      } else {
        found.add(entry);
      }
    }
  }

  /** A directory Spark wrote Parquet into: only {@code .parquet} files besides {@code _SUCCESS}. */
  private static boolean allParquet(List<FileStatus> found) {
    boolean any = false;
    for (FileStatus f : found) {
      String name = f.getPath().getName();
      if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
        any = true;
      } else if (!name.startsWith("_")) {
        return false;
      }
    }
    return any;
  }

  /** A Hadoop configuration that travels to the executors (it is not serialisable itself). */
  static final class Conf implements Serializable {
    private final byte[] bytes;

    Conf(Configuration conf) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DataOutputStream data = new DataOutputStream(out)) {
        conf.write(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      this.bytes = out.toByteArray();
    }

    Configuration get() {
      Configuration conf = new Configuration(false);
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
        conf.readFields(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return conf;
    }
  }

  /**
   * Reads the files of one partition (rows of {@code order, path, name, named, size}) into rows of
   * {@link Columns#READ}: each article with the digest of its text, or a reject.
   */
  static final class Read implements MapPartitionsFunction<Row, Row> {
    private final Conf conf;
    private final JobConfig config;

    Read(Conf conf, JobConfig config) {
      this.conf = conf;
      this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) throws IOException {
      Configuration hadoop = conf.get();
      Ingest ingest = new Ingest(config.toKhaldun().limits(), InputStream.nullInputStream());
      List<Row> out = new ArrayList<>();
      while (files.hasNext()) {
        Row file = files.next();
        int order = file.getInt(0);
        Path path = new Path(file.getString(1));
        String name = path.toString();
        ArticleSink sink = sink(order, out);
        InputStream in;
        try {
          in = path.getFileSystem(hadoop).open(path);
        } catch (IOException e) {
          sink.reject(new Rejected(name, 0, null, "ingest", "cannot read: " + e.getMessage()));
          continue;
        }
        ingest.readFile(name, file.getString(2), file.getBoolean(3), file.getLong(4), in, sink);
      }
      return out.iterator();
    }

    private static ArticleSink sink(int order, List<Row> out) {
      return new ArticleSink() {
        @Override
        public void accept(Article a, String source, int line) {
          out.add(Columns.input(source, line, a, order, UniqueIds.textDigest(a.text())));
        }

        @Override
        public void reject(Rejected r) {
          out.add(
              Columns.rejected(
                  r.source(), r.line(), r.articleId(), r.stage(), r.reason(), order, null));
        }
      };
    }
  }
}
