package org.khaldun.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.DictionaryException;

/**
 * Reads Khaldun's data files: UTF-8, one record per line, TAB-separated fields, {@code #} comments
 * and blank lines ignored. Every record remembers its file and line so that loaders can report
 * errors as {@code file:line: reason}.
 */
public final class DataFile {
  private final String name;
  private final List<Row> rows;

  private DataFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /** One record of a data file. */
  public record Row(String file, int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    public String field(int i) {
      return fields.get(i);
    }

    public int size() {
      return fields.size();
    }

    /** The field split on {@code |}; the placeholder {@code -} gives an empty list. */
    public List<String> list(int i) {
      String value = fields.get(i).trim();
      if (value.isEmpty() || value.equals("-")) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (String item : value.split("\\|")) {
        String trimmed = item.trim();
        if (!trimmed.isEmpty()) {
          items.add(trimmed);
        }
      }
      return items;
    }

    /** The field, or null for the placeholder {@code -} or an empty field. */
    public String optional(int i) {
      if (i >= fields.size()) {
        return null;
      }
      String value = fields.get(i).trim();
      return value.isEmpty() || value.equals("-") ? null : value;
    }

    public DictionaryException error(String reason) {
      return new DictionaryException(file, line, reason);
    }

    /** Fails unless the row has between {@code min} and {@code max} fields. */
    public Row expectFields(int min, int max, String format) {
      if (fields.size() < min || fields.size() > max) {
        throw error(
            "expected "
                + format
                + " ("
                + min
                + (min == max ? "" : "-" + max)
                + " TAB-separated fields) but found "
                + fields.size());
      }
      return this;
    }
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * Loads a bundled resource relative to {@code anchor}'s package root, e.g. {@code
   * org/khaldun/ontology/cameo.tsv}.
   */
  public static DataFile resource(String path) {
    InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new DictionaryException(path, "bundled data file not found on the class path", null);
    }
    try (in) {
      return parse(path, in.readAllBytes());
    } catch (IOException e) {
      throw new DictionaryException(path, "cannot read bundled data file", e);
    }
  }

  public static DataFile file(Path path) {
    try {
      return parse(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new DictionaryException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses a text already decoded, naming it {@code name} in errors. */
  public static DataFile text(String name, String text) {
    return parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static DataFile parse(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DictionaryException(name, "not valid UTF-8", e);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String field : line.split("\t", -1)) {
          fields.add(field.strip());
        }
        while (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
          fields.remove(fields.size() - 1);
        }
        rows.add(new Row(name, number, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DataFile(name, rows);
  }
}
