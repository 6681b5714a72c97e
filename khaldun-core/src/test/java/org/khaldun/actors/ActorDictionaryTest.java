package org.khaldun.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.DictionaryException;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/** Lookups in the bundled actor dictionary, and user directories that extend it. */
final class ActorDictionaryTest {
  /** One sentence per known actor; columns are written with single spaces and become TABs. */
  private static final String FIXTURE =
      """
      # article = known-actors
      # published = 2023-10-12
      # text = Ebrahim Raisi spoke .
      1 Ebrahim ebrahim NNP PERSON 2 compound
      2 Raisi raisi NNP PERSON 3 nsubj
      3 spoke speak VBD O 0 root
      4 . . . O 3 punct
      # text = Hossein Amirabdollahian spoke .
      1 Hossein hossein NNP PERSON 2 compound
      2 Amirabdollahian amirabdollahian NNP PERSON 3 nsubj
      3 spoke speak VBD O 0 root
      4 . . . O 3 punct
      # text = Mohammed bin Salman spoke .
      1 Mohammed mohammed NNP PERSON 3 compound
      2 bin bin NNP PERSON 3 compound
      3 Salman salman NNP PERSON 4 nsubj
      4 spoke speak VBD O 0 root
      5 . . . O 4 punct
      # text = S. Jaishankar spoke .
      1 S. s. NNP PERSON 2 compound
      2 Jaishankar jaishankar NNP PERSON 3 nsubj
      3 spoke speak VBD O 0 root
      4 . . . O 3 punct
      # text = Recep Tayyip Erdoğan spoke .
      1 Recep recep NNP PERSON 3 compound
      2 Tayyip tayyip NNP PERSON 3 compound
      3 Erdoğan erdoğan NNP PERSON 4 nsubj
      4 spoke speak VBD O 0 root
      5 . . . O 4 punct
      # text = The Taliban spoke .
      1 The the DT O 2 det
      2 Taliban taliban NNP ORGANIZATION 3 nsubj
      3 spoke speak VBD O 0 root
      4 . . . O 3 punct
      """;

  private static final List<Sentence> SENTENCES = parse(FIXTURE);

  @TempDir Path userDir;

  private final ActorDictionary dictionary = ActorDictionary.bundled();

  @Test
  void raisiIsIranianGovernmentWhilePresident() {
    assertThat(person(0).codeOn(LocalDate.of(2023, 10, 12)).code()).isEqualTo("IRNGOV");
  }

  @Test
  void raisiIsIranWithoutSectorAfterHisPresidency() {
    assertThat(person(0).codeOn(LocalDate.of(2025, 1, 1)).code()).isEqualTo("IRN");
  }

  @Test
  void raisiIsIranianJudiciaryWhileChiefJusticeAndIranWithoutSectorBefore() {
    // The brief expected plain IRN on 2020-01-01, but Raisi was head of Iran's judiciary from
    // 2019-03-07 to 2021-07-01 (people.tsv line 317 is right), so that date gives IRNJUD.
    assertThat(person(0).codeOn(LocalDate.of(2020, 1, 1)).code()).isEqualTo("IRNJUD");
    assertThat(person(0).codeOn(LocalDate.of(2018, 1, 1)).code()).isEqualTo("IRN");
  }

  @Test
  void amirabdollahianIsIranianGovernmentWhileForeignMinister() {
    assertThat(person(1).codeOn(LocalDate.of(2023, 11, 5)).code()).isEqualTo("IRNGOV");
  }

  @Test
  void mohammedBinSalmanIsSaudiGovernmentAsCrownPrince() {
    assertThat(person(2).codeOn(LocalDate.of(2023, 10, 12)).code()).isEqualTo("SAUGOV");
  }

  @Test
  void jaishankarIsIndianGovernmentWhileExternalAffairsMinister() {
    assertThat(person(3).codeOn(LocalDate.of(2023, 11, 5)).code()).isEqualTo("INDGOV");
  }

  @Test
  void erdoganIsTurkishGovernmentWhilePresident() {
    assertThat(person(4).codeOn(LocalDate.of(2023, 10, 16)).code()).isEqualTo("TURGOV");
  }

  @Test
  void talibanAreAfghanRebelsBeforeKabulFellAndGovernmentAfter() {
    Sentence sentence = SENTENCES.get(5);
    ActorDictionary.Hit hit = dictionary.find(sentence).get(0);

    assertThat(hit.start()).isEqualTo(1);
    assertThat(validCodes(dictionary.meanings(sentence, hit), LocalDate.of(2020, 1, 1)))
        .containsExactly("AFGREB");
    assertThat(validCodes(dictionary.meanings(sentence, hit), LocalDate.of(2022, 1, 1)))
        .containsExactly("AFGGOV");
  }

  @Test
  void hyphenatedNamesMatchHoweverTheTokenizerSplitsThem() {
    // CoreNLP gives "Lashkar - e-Taiba" and "Hayat Tahrir al - Sham" in running text.
    assertThat(organisationOf("Lashkar", "-", "e-Taiba", "attacked")).isEqualTo("PAKREB");
    assertThat(organisationOf("Lashkar-e-Taiba", "attacked")).isEqualTo("PAKREB");
    assertThat(organisationOf("Kataib", "Sayyid", "al", "-", "Shuhada", "attacked"))
        .isEqualTo("IRQUAF");
    assertThat(organisationOf("SPLM", "-", "N", "attacked")).isEqualTo("SDNREB");
    assertThat(organisationOf("Kurdistan", "Workers", "'", "Party", "attacked"))
        .isEqualTo("TURREB");
    List<ActorDictionary.Hit> hits = dictionary.find(sentence("Guinea", "-", "Bissau", "voted"));
    assertThat(hits.get(0).end()).isEqualTo(3);
    assertThat(hits.get(0).lexeme()).isEqualTo(new Lexeme.Country("GNB", Lexeme.Form.NAME));
  }

  private String organisationOf(String... forms) {
    List<ActorDictionary.Hit> hits = dictionary.find(sentence(forms));
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).end()).isEqualTo(forms.length - 1);
    return ((Lexeme.Organisation) hits.get(0).lexeme()).code().code();
  }

  @Test
  void longestMatchWinsSoSaudiArabiaIsOneHit() {
    List<ActorDictionary.Hit> hits = dictionary.find(sentence("Saudi", "Arabia", "protested"));

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).end()).isEqualTo(2);
    assertThat(hits.get(0).lexeme()).isEqualTo(new Lexeme.Country("SAU", Lexeme.Form.NAME));
  }

  @Test
  void namesMatchCaseSensitively() {
    // "US" is both a name and an adjective of the USA; either way it denotes the USA.
    assertThat(dictionary.find(sentence("US", "troops")))
        .first()
        .extracting(ActorDictionary.Hit::lexeme)
        .isInstanceOfSatisfying(Lexeme.Country.class, c -> assertThat(c.iso3()).isEqualTo("USA"));
    assertThat(dictionary.find(sentence("they", "told", "us"))).isEmpty();
  }

  @Test
  void agentWordsMatchOnLemmaAndOnThePluralTheLemmatiserLeft() {
    Token rebels = token(0, "rebels", "rebel");
    Token unlemmatised = token(0, "rebels", "rebels");

    assertThat(unlemmatised.lemma()).isEqualTo("rebel");
    for (Token token : List.of(rebels, unlemmatised)) {
      assertThat(dictionary.find(new Sentence(0, 0, 6, List.of(token), List.of())))
          .singleElement()
          .extracting(ActorDictionary.Hit::lexeme)
          .isEqualTo(new Lexeme.Agent(List.of("REB"), Lexeme.AgentKind.NOUN));
    }
  }

  @Test
  void tokenizerSplitsPossessiveAndKeepsAbbreviationsWhole() {
    assertThat(PhraseTokenizer.split("Iran's")).containsExactly("Iran", "'s");
    assertThat(PhraseTokenizer.split("U.S.")).containsExactly("U.S.");
    assertThat(PhraseTokenizer.split("Washington, D.C."))
        .containsExactly("Washington", ",", "D.C.");
  }

  @Test
  void userCountryLineExtendsTheDictionary() throws IOException {
    write("countries.tsv", "XFD\tFreedonia\tFreedonian\tFreedonians\t-\t-");

    ActorDictionary extended = ActorDictionary.load(userDir);

    assertThat(dictionary.isCountry("XFD")).isFalse();
    assertThat(extended.isCountry("XFD")).isTrue();
    assertThat(extended.isCountry("IRN")).isTrue();
    assertThat(extended.find(sentence("Freedonia", "protested")))
        .singleElement()
        .extracting(ActorDictionary.Hit::lexeme)
        .isEqualTo(new Lexeme.Country("XFD", Lexeme.Form.NAME));
  }

  @Test
  void userPeopleLineAddsADatedPerson() throws IOException {
    write("people.tsv", "Ursula Testfall|Testfall\tDEU\tGOV\tChancellor\t2020-01-01\t2021-12-31");

    List<ActorDictionary.Hit> hits =
        ActorDictionary.load(userDir).find(sentence("Testfall", "spoke"));

    assertThat(dictionary.find(sentence("Testfall", "spoke"))).isEmpty();
    assertThat(hits).hasSize(1);
    Lexeme.Person person = (Lexeme.Person) hits.get(0).lexeme();
    assertThat(person.codeOn(LocalDate.of(2021, 6, 1)).code()).isEqualTo("DEUGOV");
    assertThat(person.codeOn(LocalDate.of(2022, 6, 1)).code()).isEqualTo("DEU");
  }

  @Test
  void userPhraseReplacesTheBundledMeaning() throws IOException {
    write("groups.tsv", "IMGREB\tTALIBANTEST\tTaliban\t-\t-");
    Sentence sentence = SENTENCES.get(5);

    ActorDictionary extended = ActorDictionary.load(userDir);
    List<Lexeme> meanings = extended.meanings(sentence, extended.find(sentence).get(0));

    assertThat(meanings)
        .singleElement()
        .isEqualTo(
            new Lexeme.Organisation(
                org.khaldun.model.ActorCode.international("IMG", "REB"),
                "TALIBANTEST",
                null,
                null));
    assertThat(dictionary.meanings(sentence, dictionary.find(sentence).get(0))).hasSize(2);
  }

  @Test
  void badUserLineFailsNamingFileAndLine() throws IOException {
    Path file = write("countries.tsv", "# my countries\nIran\tIran");

    assertThatThrownBy(() -> ActorDictionary.load(userDir))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(file + ":2:")
        .hasMessageContaining("Iran");
  }

  @Test
  void userDirectoryWithoutDictionaryFilesFailsClearly() throws IOException {
    write("notes.txt", "nothing to see");

    assertThatThrownBy(() -> ActorDictionary.load(userDir))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(userDir.toString())
        .hasMessageContaining("holds none of")
        .hasMessageContaining("countries.tsv");
  }

  private Lexeme.Person person(int sentence) {
    List<ActorDictionary.Hit> hits = dictionary.find(SENTENCES.get(sentence));
    assertThat(hits).as("hits in sentence %d", sentence).isNotEmpty();
    ActorDictionary.Hit hit = hits.get(0);
    assertThat(hit.start()).isZero();
    assertThat(hit.end())
        .as("the whole name is one hit")
        .isEqualTo(SENTENCES.get(sentence).size() - 2);
    assertThat(hit.lexeme()).isInstanceOf(Lexeme.Person.class);
    return (Lexeme.Person) hit.lexeme();
  }

  private static List<String> validCodes(List<Lexeme> meanings, LocalDate date) {
    List<String> codes = new ArrayList<>();
    for (Lexeme lexeme : meanings) {
      if (lexeme instanceof Lexeme.Organisation organisation && organisation.validOn(date)) {
        codes.add(organisation.code().code());
      }
    }
    return codes;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(userDir.resolve(name), text + "\n", StandardCharsets.UTF_8);
  }

  /** A sentence of the given forms, each its own lemma in lower case; heads do not matter here. */
  static Sentence sentence(String... forms) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < forms.length; i++) {
      tokens.add(
          new Token(
              i,
              forms[i],
              forms[i].toLowerCase(Locale.ROOT),
              "NN",
              "O",
              offset,
              offset + forms[i].length(),
              -1,
              "root"));
      offset += forms[i].length() + 1;
    }
    return new Sentence(0, 0, Math.max(0, offset - 1), tokens, List.of());
  }

  private static Token token(int index, String form, String lemma) {
    return new Token(index, form, lemma, "NNS", "O", 0, form.length(), -1, "root");
  }

  private static List<Sentence> parse(String fixture) {
    StringBuilder text = new StringBuilder();
    for (String line : fixture.split("\n")) {
      text.append(line.startsWith("#") ? line : line.replace(' ', '\t')).append('\n');
    }
    return AnalysisText.read("known-actors", text.toString()).get(0).sentences();
  }
}
