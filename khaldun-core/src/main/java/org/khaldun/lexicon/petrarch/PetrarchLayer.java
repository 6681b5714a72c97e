package org.khaldun.lexicon.petrarch;

import java.nio.file.Path;
import java.util.List;
import org.khaldun.DictionaryException;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.DictionaryLayer;

/**
 * PETRARCH/TABARI-format dictionaries (a CAMEO verb dictionary, Phoenix actor and agent files)
 * converted into Khaldun's formats. Not yet implemented.
 */
public final class PetrarchLayer implements DictionaryLayer {
  private final Path directory;

  public PetrarchLayer(Path directory) {
    this.directory = directory;
    throw new DictionaryException(
        directory.toString(), "PETRARCH dictionaries cannot be read yet", null);
  }

  @Override
  public String name() {
    return "petrarch:" + directory;
  }

  @Override
  public List<DataText> texts(String file) {
    return List.of();
  }
}
