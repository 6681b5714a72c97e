package org.khaldun.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.DictionaryException;
import org.khaldun.util.DataFile;

/** The bundled CAMEO ontology, cross-checked against the public reference tables. */
final class CameoTest {
  private static final Pattern PLOVER_LINE = Pattern.compile("^(\\d{3}):\\s*([A-Z]+)\\s*,.*");

  @TempDir Path temp;

  private final Cameo cameo = Cameo.bundled();

  @Test
  void everyReferenceCodeAndItsRootIsInTheOntology() throws IOException {
    List<String> reference = referenceCodes();

    assertThat(reference).hasSizeGreaterThan(100);
    for (String code : reference) {
      assertThat(cameo.contains(code)).as("reference code %s", code).isTrue();
      assertThat(cameo.contains(code.substring(0, 2))).as("root of %s", code).isTrue();
    }
  }

  @Test
  void ontologyHasNoThreeDigitCodeBeyondTheReference() throws IOException {
    Set<String> reference = new TreeSet<>(referenceCodes());
    Set<String> bundled = new TreeSet<>();
    for (CameoCode code : cameo.all()) {
      if (code.code().length() == 3) {
        bundled.add(code.code());
      }
    }

    assertThat(bundled).isEqualTo(reference);
  }

  @Test
  void goldsteinWeightsEqualTheReferenceForEveryTwoAndThreeDigitCode() throws IOException {
    List<String> lines =
        Files.readAllLines(
            reference().resolve("cameo/cameo-goldstein.tsv"), StandardCharsets.UTF_8);
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.strip().split("\\s+");
      if (fields.length < 2 || fields[0].length() > 3) {
        continue; // blank lines; 4-digit codes are not in the ontology
      }
      assertThat(cameo.contains(fields[0])).as("code %s", fields[0]).isTrue();
      assertThat(cameo.get(fields[0]).goldstein())
          .as("Goldstein of %s", fields[0])
          .isEqualTo(Double.parseDouble(fields[1]));
      checked++;
    }

    assertThat(checked).isGreaterThan(150);
  }

  @Test
  void ploverTypeAgreesWithThe2021ConversionTableForEveryThreeDigitCode() throws IOException {
    Map<String, String> table = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(
            reference().resolve("cameo/cameo-to-plover-2021.txt"), StandardCharsets.UTF_8)) {
      Matcher m = PLOVER_LINE.matcher(line);
      if (m.matches()) {
        table.putIfAbsent(m.group(1), m.group(2)); // later duplicates repeat earlier lines
      }
    }

    assertThat(table).hasSizeGreaterThan(100);
    table.forEach(
        (code, type) ->
            assertThat(cameo.get(code).plover()).as("PLOVER type of %s", code).isEqualTo(type));
  }

  @Test
  void quadClassFollowsGdeltByRoot() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int root = 1; root <= 20; root++) {
      expected.put(
          String.format(java.util.Locale.ROOT, "%02d", root),
          root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
    }

    for (CameoCode code : cameo.all()) {
      assertThat(code.quadClass()).as("QuadClass of %s", code).isEqualTo(expected.get(code.root()));
    }
    expected.forEach(
        (root, quad) ->
            assertThat(cameo.get(root).quadClass()).as("root %s", root).isEqualTo(quad));
  }

  @Test
  void rootGoldsteinWeightsEqualTheReadmeList() throws IOException {
    Map<String, Double> readme = readmeRootGoldstein();

    assertThat(readme).hasSize(20);
    readme.forEach(
        (root, weight) ->
            assertThat(cameo.get(root).goldstein())
                .as("Goldstein of root %s", root)
                .isEqualTo(weight));
  }

  @Test
  void unknownPloverTypeFailsWithFileAndLine() throws IOException {
    assertLoadFails(fileEndingWith("04\tConsult\t1.0\tTALK\t-"), ":3:", "unknown PLOVER type TALK");
  }

  @Test
  void goldsteinThatIsNotANumberFailsWithFileAndLine() throws IOException {
    assertLoadFails(fileEndingWith("04\tConsult\tone\tCONSULT\t-"), ":3:", "not a number");
  }

  @Test
  void duplicateCodeFailsWithFileAndLine() throws IOException {
    assertLoadFails(
        fileEndingWith("010\tMake statement again\t0.0\t-\t-"), ":3:", "duplicate CAMEO code 010");
  }

  @Test
  void threeDigitCodeWithoutItsRootFailsWithFileAndLine() throws IOException {
    assertLoadFails(fileEndingWith("041\tDiscuss by telephone\t1.0\tCONSULT\tphone"), ":3:", "041");
  }

  @Test
  void wellFormedFileLoads() throws IOException {
    Cameo small = Cameo.load(DataFile.file(fileEndingWith("04\tConsult\t1.0\tCONSULT\t-")));

    assertThat(small.get("04").plover()).isEqualTo("CONSULT");
    assertThat(small.all()).hasSize(3);
  }

  /** A file of two good records (01, 010) followed by {@code line} as line 3. */
  private Path fileEndingWith(String line) throws IOException {
    Path file = temp.resolve("cameo.tsv");
    String text =
        "01\tMake public statement\t0.0\t-\t-\n010\tMake statement\t0.0\t-\t-\n" + line + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertLoadFails(Path file, String line, String reason) {
    assertThatThrownBy(() -> Cameo.load(DataFile.file(file)))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(file + line)
        .hasMessageContaining(reason);
  }

  private static List<String> referenceCodes() throws IOException {
    List<String> codes = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            reference().resolve("cameo/cameo-codes-3digit.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        codes.add(line.split("\t")[0].strip());
      }
    }
    return codes;
  }

  /** The shared reference directory next to the repository, or a skipped test when it is absent. */
  private static Path reference() {
    Path dir = Path.of("..", "..", "shared", "reference");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "shared", "reference");
    }
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "../shared/reference is absent: cross-check skipped");
    return dir;
  }

  /** The README's "Goldstein of the roots: 01 0.0, 02 3.0, ..." list. */
  private static Map<String, Double> readmeRootGoldstein() throws IOException {
    String readme = Files.readString(reference().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher list = Pattern.compile("Goldstein of the roots: ([^)]*)\\)").matcher(readme);
    assertThat(list.find()).as("README lists the roots' Goldstein weights").isTrue();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String pair : list.group(1).split(",\\s*")) {
      String[] parts = pair.strip().split("\\s+");
      weights.put(parts[0], Double.parseDouble(parts[1]));
    }
    return weights;
  }
}
