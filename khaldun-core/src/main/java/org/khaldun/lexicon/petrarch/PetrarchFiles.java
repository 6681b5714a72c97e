package org.khaldun.lexicon.petrarch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.khaldun.DictionaryException;

/**
 * Which files of a directory are which PETRARCH dictionaries. A file is known by a word of its
 * name, as TABARI and PETRARCH name them ({@code CAMEO.091003.master.verbs}, {@code
 * Phoenix.Countries.actors.txt}, {@code Phoenix.agents.txt}, {@code Phoenix.discards.txt}); a
 * {@code .txt} file or a file without extension whose name says nothing is known by its content:
 * verb family headers and patterns make a verb dictionary ({@code CAMEO.2.0.txt}), {@code [~GOV]}
 * codes an agent file, {@code [ISR]}-like codes an actor file. Other files are ignored. Immutable.
 *
 * @param verbs verb dictionaries
 * @param actors actor files
 * @param agents agent files
 * @param discards discard lists
 * @param ignored files that are none of these (issues, documentation, licences)
 */
record PetrarchFiles(
    Path directory,
    List<Path> verbs,
    List<Path> actors,
    List<Path> agents,
    List<Path> discards,
    List<Path> ignored) {
  private static final Pattern FAMILY = Pattern.compile("(?m)^---\\s*\\S+.*---\\s*$");
  private static final Pattern VERB_PATTERN = Pattern.compile("(?m)^-[^-].*\\*.*\\[[^\\]]*\\]");
  private static final Pattern AGENT_CODE = Pattern.compile("\\[~[A-Z]{3}|[A-Z]{3}~\\]");
  private static final Pattern ACTOR_CODE =
      Pattern.compile("\\[[A-Z]{3}[A-Z0-9]*(?:\\s[^\\]]*)?\\]");
  private static final Set<String> SNIFFED = Set.of("txt", "");

  PetrarchFiles {
    verbs = List.copyOf(verbs);
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    discards = List.copyOf(discards);
    ignored = List.copyOf(ignored);
  }

  /**
   * Sorts the files of {@code directory}; refuses a path that is not a directory, or one holding no
   * verb, actor or agent dictionary, naming it.
   */
  static PetrarchFiles scan(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new DictionaryException(
          directory.toString(), "not a directory of PETRARCH dictionaries", null);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new DictionaryException(directory.toString(), "cannot list: " + e.getMessage(), e);
    }
    List<Path> verbs = new ArrayList<>();
    List<Path> actors = new ArrayList<>();
    List<Path> agents = new ArrayList<>();
    List<Path> discards = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    for (Path file : files) {
      String kind = kind(file);
      switch (kind) {
        case "verbs" -> verbs.add(file);
        case "actors" -> actors.add(file);
        case "agents" -> agents.add(file);
        case "discards" -> discards.add(file);
        default -> ignored.add(file);
      }
    }
    if (verbs.isEmpty() && actors.isEmpty() && agents.isEmpty()) {
      throw new DictionaryException(
          directory.toString(),
          "holds no PETRARCH dictionary: no verb dictionary (CAMEO.2.0.txt, *.verbs), actor file"
              + " (*.actors, *.actors.txt) or agent file (*.agents, *.agents.txt)",
          null);
    }
    return new PetrarchFiles(directory, verbs, actors, agents, discards, ignored);
  }

  /** verbs, actors, agents, discards, or other. */
  static String kind(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String word : name.split("[._\\-\\s]+")) {
      switch (word) {
        case "verbs", "verb", "verbpatterns" -> {
          return "verbs";
        }
        case "actors", "actor" -> {
          return "actors";
        }
        case "agents", "agent" -> {
          return "agents";
        }
        case "discards", "discard" -> {
          return "discards";
        }
        case "issues", "issuecoding" -> {
          return "other";
        }
        default -> {}
      }
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return SNIFFED.contains(extension) ? sniff(read(file).text()) : "other";
  }

  /** The kind of a dictionary text whose name says nothing. */
  static String sniff(String text) {
    if (FAMILY.matcher(text).find() && VERB_PATTERN.matcher(text).find()) {
      return "verbs";
    }
    long agentCodes = AGENT_CODE.matcher(text).results().count();
    long actorCodes = ACTOR_CODE.matcher(text).results().count();
    if (agentCodes > 0 && agentCodes >= actorCodes) {
      return "agents";
    }
    return actorCodes > 0 ? "actors" : "other";
  }

  /** A file's text and whether it had to be read as Latin-1 (older TABARI files are). */
  record Text(String text, boolean latin1) {}

  static Text read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DictionaryException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    try {
      return new Text(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString(),
          false);
    } catch (CharacterCodingException e) {
      return new Text(new String(bytes, StandardCharsets.ISO_8859_1), true);
    }
  }
}
