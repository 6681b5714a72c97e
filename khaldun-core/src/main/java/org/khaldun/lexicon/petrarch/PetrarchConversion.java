package org.khaldun.lexicon.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.lexicon.DataText;
import org.khaldun.ontology.Cameo;

/**
 * The Khaldun-format texts converted from one directory of PETRARCH dictionaries, by Khaldun file
 * name, with the report of the conversion. Each converted text is named after its PETRARCH file
 * ({@code petrarch:DIR/CAMEO.2.0.txt (converted)}). Immutable.
 */
record PetrarchConversion(Map<String, List<DataText>> texts, PetrarchReport report) {
  static final String DISCARD = "discard phrase: Khaldun has no discard mechanism";

  PetrarchConversion {
    Map<String, List<DataText>> copy = new LinkedHashMap<>();
    texts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    texts = Map.copyOf(copy);
  }

  List<DataText> texts(String file) {
    return texts.getOrDefault(file, List.of());
  }

  /** Reads and converts every dictionary of {@code files}. */
  static PetrarchConversion of(PetrarchFiles files, String layerName, Cameo cameo) {
    PetrarchReport.Builder report = new PetrarchReport.Builder();
    Map<String, List<DataText>> texts = new LinkedHashMap<>();
    for (Path path : files.verbs()) {
      String name = name(path, "verbs", report);
      String text = read(path, report);
      VerbDictionary dictionary = VerbDictionaryParser.parse(name, text, report);
      add(
          texts,
          "patterns.txt",
          layerName,
          name,
          PatternConverter.convert(dictionary, cameo, report));
    }
    for (Path path : files.actors()) {
      String name = name(path, "actors", report);
      ActorConverter converter = new ActorConverter(report);
      for (PhoenixActor actor : ActorFileParser.parse(name, read(path, report), report)) {
        converter.convert(actor);
      }
      add(texts, "countries.tsv", layerName, name, converter.countries.toString());
      add(texts, "igos.tsv", layerName, name, converter.igos.toString());
      add(texts, "groups.tsv", layerName, name, converter.groups.toString());
      add(texts, "people.tsv", layerName, name, converter.people.toString());
    }
    for (Path path : files.agents()) {
      String name = name(path, "agents", report);
      AgentConverter converter = new AgentConverter(report);
      for (PhoenixAgent agent : AgentFileParser.parse(name, read(path, report), report)) {
        converter.convert(agent);
      }
      add(texts, "agents.tsv", layerName, name, converter.rows.toString());
    }
    for (Path path : files.discards()) {
      String name = name(path, "discards", report);
      for (PhoenixDiscard discard : PhoenixDiscard.parse(name, read(path, report))) {
        report.read("discard phrases", 1);
        report.leftOut(DISCARD, discard.at(), (discard.story() ? "+" : "") + discard.phrase());
      }
    }
    for (Path path : files.ignored()) {
      report.file("ignored", path.getFileName().toString());
    }
    return new PetrarchConversion(texts, report.build());
  }

  private static String name(Path path, String kind, PetrarchReport.Builder report) {
    String name = path.getFileName().toString();
    report.file(kind, name);
    return name;
  }

  private static String read(Path path, PetrarchReport.Builder report) {
    PetrarchFiles.Text text = PetrarchFiles.read(path);
    if (text.latin1()) {
      report.approximated(
          "file not valid UTF-8: read as Latin-1",
          new SourceLine(path.getFileName().toString(), 1),
          null);
    }
    return text.text();
  }

  private static void add(
      Map<String, List<DataText>> texts,
      String file,
      String layerName,
      String source,
      String text) {
    if (text.isEmpty()) {
      return;
    }
    texts
        .computeIfAbsent(file, k -> new ArrayList<>())
        .add(new DataText(layerName + "/" + source + " (converted " + file + ")", text));
  }
}
