package org.khaldun.lexicon.petrarch;

import java.nio.file.Path;
import java.util.List;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.DictionaryLayer;
import org.khaldun.ontology.Cameo;

/**
 * PETRARCH/TABARI-format dictionaries (verb dictionaries, actor, agent and discard files) in one
 * directory, converted into Khaldun's actor files and {@code patterns.txt}; it supplies no {@code
 * grammar.txt}. The directory is checked when the layer is made (a DictionaryException names a
 * directory that holds no PETRARCH dictionary); the conversion runs once, on first use, and its
 * {@link #report()} tells what was converted and what was left out. Thread-safe.
 */
public final class PetrarchLayer implements DictionaryLayer {
  private final Path directory;
  private final PetrarchFiles files;
  private volatile PetrarchConversion conversion;

  public PetrarchLayer(Path directory) {
    this.directory = directory;
    this.files = PetrarchFiles.scan(directory);
  }

  @Override
  public String name() {
    return "petrarch:" + directory;
  }

  @Override
  public List<DataText> texts(String file) {
    return conversion().texts(file);
  }

  /** What the conversion read, converted and left out; converts first if it has not yet. */
  public PetrarchReport report() {
    return conversion().report();
  }

  private PetrarchConversion conversion() {
    PetrarchConversion result = conversion;
    if (result == null) {
      synchronized (this) {
        result = conversion;
        if (result == null) {
          result = PetrarchConversion.of(files, name(), Cameo.bundled());
          conversion = result;
        }
      }
    }
    return result;
  }
}
