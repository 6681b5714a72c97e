package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khaldun.util.DataFile;

/** The bundled actor files, checked for consistency and against the public ISO 3166 list. */
final class ActorDataFilesTest {
  /**
   * Reference names written in a form news does not use, with the form news does use instead (which
   * must resolve to the same code).
   */
  private static final Map<String, List<String>> NOT_NEWS_FORMS =
      Map.of(
          // GeoNames puts a serial comma in the name; the official Dutch and news usage has none.
          "BES", List.of("Bonaire, Sint Eustatius, and Saba", "Bonaire, Sint Eustatius and Saba"),
          // A capitalised article mid-sentence is a list heading, not running text: "the
          // Netherlands".
          "NLD", List.of("The Netherlands", "Netherlands"),
          // GeoNames drops "the"; the country is "Saint (St) Vincent and the Grenadines".
          "VCT", List.of("St Vincent and Grenadines", "St Vincent and the Grenadines"));

  private final ActorDictionary dictionary = ActorDictionary.bundled();

  @Test
  void everyReferenceIsoCodeIsACountry() throws IOException {
    List<String[]> countries = referenceCountries();

    assertThat(countries).hasSizeGreaterThan(240);
    for (String[] country : countries) {
      assertThat(dictionary.isCountry(country[0]))
          .as("ISO3 %s (%s)", country[0], country[1])
          .isTrue();
    }
  }

  @Test
  void everyReferenceCountryNameResolvesToItsOwnCode() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String[] country : referenceCountries()) {
      List<String> exception = NOT_NEWS_FORMS.get(country[0]);
      if (exception != null && exception.get(0).equals(country[1])) {
        continue;
      }
      String resolved = resolve(country[1]);
      if (!country[0].equals(resolved)) {
        wrong.add(country[0] + " '" + country[1] + "' -> " + resolved);
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void exceptedReferenceNamesHaveANewsFormThatResolves() throws IOException {
    Map<String, String> reference = new HashMap<>();
    referenceCountries().forEach(c -> reference.put(c[0], c[1]));

    NOT_NEWS_FORMS.forEach(
        (iso3, forms) -> {
          assertThat(reference.get(iso3))
              .as("reference name of %s is still the excepted one", iso3)
              .isEqualTo(forms.get(0));
          assertThat(resolve(forms.get(1))).as("news form '%s'", forms.get(1)).isEqualTo(iso3);
        });
  }

  @Test
  void noCountryPhraseNamesTwoCountries() {
    Map<List<String>, Set<String>> countriesByPhrase = new HashMap<>();
    for (DataFile.Row row : DataFile.resource("org/khaldun/actors/countries.tsv").rows()) {
      for (int column = 1; column < row.size(); column++) {
        for (String phrase : row.list(column)) {
          countriesByPhrase
              .computeIfAbsent(PhraseTokenizer.split(phrase), k -> new TreeSet<>())
              .add(row.field(0));
        }
      }
    }

    assertThat(countriesByPhrase).hasSizeGreaterThan(500);
    countriesByPhrase.forEach(
        (phrase, countries) ->
            assertThat(countries).as("countries named by %s", phrase).hasSize(1));
  }

  @Test
  void everySectorInAgentsGroupsAndPeopleIsAKnownSector() {
    List<String> used = new ArrayList<>();
    for (DataFile.Row row : rows("agents.tsv")) {
      used.addAll(row.list(1));
    }
    for (DataFile.Row row : rows("groups.tsv")) {
      String code = row.field(0);
      if (!code.startsWith("IGO") && !code.startsWith("NGO")) {
        for (int i = 3; i < code.length(); i += 3) {
          used.add(code.substring(i, Math.min(code.length(), i + 3)));
        }
      }
    }
    for (DataFile.Row row : rows("people.tsv")) {
      used.addAll(row.list(2));
    }

    assertThat(used).hasSizeGreaterThan(500);
    assertThat(new TreeSet<>(used)).isSubsetOf(ActorDictionary.SECTORS);
  }

  @Test
  void everyPeopleRoleBeginsNoLaterThanItEnds() {
    List<DataFile.Row> people = rows("people.tsv");

    assertThat(people).hasSizeGreaterThan(500);
    for (DataFile.Row row : people) {
      String from = row.optional(4);
      String to = row.optional(5);
      if (from != null && to != null) {
        assertThat(LocalDate.parse(from))
            .as("%s:%d %s", row.file(), row.line(), row.field(3))
            .isBeforeOrEqualTo(LocalDate.parse(to));
      }
    }
  }

  @Test
  void everyPersonHasOneNamesFieldAndNoNameNamesTwoPeople() {
    Map<String, String> namesByPerson = new HashMap<>();
    Map<List<String>, String> personByPhrase = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    for (DataFile.Row row : rows("people.tsv")) {
      List<String> names = row.list(0);
      String person = names.get(0);
      String previous = namesByPerson.putIfAbsent(person, row.field(0));
      if (previous != null && !previous.equals(row.field(0))) {
        wrong.add(row.file() + ":" + row.line() + " names of " + person + " differ");
      }
      for (String name : names) {
        String owner = personByPhrase.putIfAbsent(PhraseTokenizer.split(name), person);
        if (owner != null && !owner.equals(person)) {
          wrong.add(row.file() + ":" + row.line() + " '" + name + "' names " + owner + " too");
        }
      }
    }

    assertThat(namesByPerson).hasSizeGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  @Test
  void groupValidityPeriodsBeginNoLaterThanTheyEnd() {
    for (DataFile.Row row : rows("groups.tsv")) {
      String from = row.optional(3);
      String to = row.optional(4);
      if (from != null && to != null) {
        assertThat(LocalDate.parse(from))
            .as("%s:%d %s", row.file(), row.line(), row.field(1))
            .isBeforeOrEqualTo(LocalDate.parse(to));
      }
    }
  }

  /**
   * The code of the single country hit spanning the whole phrase, or a description of what was
   * found.
   */
  private String resolve(String phrase) {
    List<String> tokens = PhraseTokenizer.split(phrase);
    List<ActorDictionary.Hit> hits =
        dictionary.find(ActorDictionaryTest.sentence(tokens.toArray(String[]::new)));
    if (hits.size() == 1
        && hits.get(0).start() == 0
        && hits.get(0).end() == tokens.size()
        && hits.get(0).lexeme() instanceof Lexeme.Country country) {
      return country.iso3();
    }
    return hits.toString();
  }

  private static List<DataFile.Row> rows(String file) {
    return DataFile.resource("org/khaldun/actors/" + file).rows();
  }

  private static List<String[]> referenceCountries() throws IOException {
    List<String[]> countries = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            reference().resolve("countries/iso3-names.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String[] fields = line.split("\t");
        countries.add(new String[] {fields[0].strip(), fields[1].strip()});
      }
    }
    return countries;
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
}
