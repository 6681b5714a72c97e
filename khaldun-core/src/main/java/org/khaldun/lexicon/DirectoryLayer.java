package org.khaldun.lexicon;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.DictionaryException;

/**
 * A user's directory of dictionary files in Khaldun's formats (any of {@link #ACTOR_FILES} and
 * {@link #CODING_FILES}). A directory holding none of them is refused, since a typo in the path
 * would otherwise silently code with the bundled dictionaries alone.
 */
public final class DirectoryLayer implements DictionaryLayer {
  private final Path directory;

  public DirectoryLayer(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new DictionaryException(
          directory.toString(), "not a directory of dictionary files", null);
    }
    boolean any = false;
    for (String[] files : new String[][] {ACTOR_FILES, CODING_FILES}) {
      for (String file : files) {
        any |= Files.isRegularFile(directory.resolve(file));
      }
    }
    if (!any) {
      throw new DictionaryException(
          directory.toString(),
          "holds none of "
              + String.join(", ", ACTOR_FILES)
              + ", "
              + String.join(", ", CODING_FILES),
          null);
    }
    this.directory = directory;
  }

  @Override
  public String name() {
    return directory.toString();
  }

  @Override
  public List<DataText> texts(String file) {
    Path path = directory.resolve(file);
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    List<DataText> texts = new ArrayList<>(1);
    texts.add(new DataText(path.toString(), read(path)));
    return texts;
  }

  static String read(Path path) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DictionaryException(path.toString(), "not valid UTF-8", e);
    } catch (IOException e) {
      throw new DictionaryException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
  }
}
