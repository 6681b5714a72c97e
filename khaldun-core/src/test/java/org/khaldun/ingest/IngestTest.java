package org.khaldun.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;

final class IngestTest {
  private static final Limits SMALL = new Limits(200);
  private static final LocalDate OCT_12 = LocalDate.of(2023, 10, 12);

  @TempDir Path dir;

  // ---- plain text files ----

  @Test
  void textFileWithDatePrefixGivesPublishedDateAndTextAfterThePrefix() throws IOException {
    Path file = write("raisi-call.txt", " date 2023-10-12 \nIran called Saudi Arabia.\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles())
        .containsExactly(
            new Article("raisi-call", null, null, OCT_12, null, "Iran called Saudi Arabia."));
  }

  @Test
  void textFileWithoutPrefixHasNoDateAndStrippedText() throws IOException {
    Path file = write("plain.txt", "\n  Iran called Saudi Arabia.  \n\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.articles())
        .containsExactly(new Article("plain", null, null, null, null, "Iran called Saudi Arabia."));
  }

  @Test
  void dateWordInsideTheTextIsNotAPrefix() throws IOException {
    Path file = write("inside.txt", "The date 2023-10-12 was set.");

    Article article = read(file).articles().get(0);

    assertThat(article.published()).isNull();
    assertThat(article.text()).isEqualTo("The date 2023-10-12 was set.");
  }

  @Test
  void invalidCalendarDateInPrefixIsRejectedNamingTheFile() throws IOException {
    Path file = write("bad-date.txt", "date 2023-02-30\nIran called Saudi Arabia.");

    Ingest.Batch batch = read(file);

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected()).hasSize(1);
    Rejected rejected = batch.rejected().get(0);
    assertThat(rejected.source()).isEqualTo(file.toString());
    assertThat(rejected.stage()).isEqualTo("ingest");
    assertThat(rejected.reason()).contains("2023-02-30").contains("not a calendar date");
    assertThat(rejected.describe()).startsWith(file + ":1: [ingest] ");
  }

  @Test
  void binaryFileWithNulBytesIsRejected() throws IOException {
    Path file = writeBytes("blob.txt", "Iran\0\0\0called".getBytes(StandardCharsets.UTF_8));

    assertRejectedWholeFile(read(file), file, "binary");
  }

  @Test
  void latin1TextFileIsRejectedAsNotUtf8() throws IOException {
    Path file =
        writeBytes(
            "latin.txt",
            "Iran called Saudi Arabia caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));

    assertRejectedWholeFile(read(file), file, "not UTF-8");
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path file = write("empty.txt", "");

    assertRejectedWholeFile(read(file), file, "empty article");
  }

  @Test
  void fileWithOnlyADatePrefixIsRejectedAsEmpty() throws IOException {
    Path file = write("only-date.txt", "date 2023-10-12\n");

    assertRejectedWholeFile(read(file), file, "empty article (only a date prefix)");
  }

  @Test
  void textFileOverTheSizeLimitIsRejected() throws IOException {
    Path file = write("big.txt", "a".repeat(201));
    Path justFits = write("fits.txt", "b".repeat(200));

    Ingest.Batch batch =
        new Ingest(SMALL, InputStream.nullInputStream())
            .readAll(List.of(file.toString(), justFits.toString()));

    assertThat(batch.articles()).extracting(Article::id).containsExactly("fits");
    assertThat(batch.rejected())
        .extracting(Rejected::source, Rejected::reason)
        .containsExactly(tuple(file.toString(), "oversized: 201 bytes, the limit is 200"));
  }

  // ---- JSON lines ----

  @Test
  void jsonLineWithAllFieldsKeepsEveryField() throws IOException {
    Path file =
        write(
            "a.jsonl",
            "{\"id\":\"j1\",\"url\":\"https://www.example.org/n/1\",\"date\":\"2023-10-12\","
                + "\"title\":\"Call\",\"text\":\"  Iran called Saudi Arabia. \",\"source\":\"Example News\"}\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles())
        .containsExactly(
            new Article(
                "j1",
                "https://www.example.org/n/1",
                "Example News",
                OCT_12,
                "Call",
                "Iran called Saudi Arabia."));
  }

  @Test
  void urlWithoutSourceGivesHostWithoutWww() throws IOException {
    Path file =
        write(
            "a.jsonl",
            "{\"id\":\"j1\",\"url\":\"https://www.example.org/n/1\",\"text\":\"Iran called.\"}\n"
                + "{\"id\":\"j2\",\"url\":\"http://news.example.com/x\",\"text\":\"Iran called.\"}\n");

    assertThat(read(file).articles())
        .extracting(Article::source)
        .containsExactly("example.org", "news.example.com");
  }

  @Test
  void jsonLineWithOnlyTextGetsTheContentHashAsId() throws IOException {
    Path first = write("a.jsonl", "{\"text\":\"  Iran called Saudi Arabia.  \"}\n");
    Path second = write("b.jsonl", "{\"text\":\"Iran called Saudi Arabia.\"}\n");

    Article a = read(first).articles().get(0);
    Article b = read(second).articles().get(0);

    assertThat(a.id()).isEqualTo(sha256Prefix("Iran called Saudi Arabia."));
    assertThat(a.id()).matches("[0-9a-f]{16}");
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(a.published()).isNull();
    assertThat(a.url()).isNull();
    assertThat(a.source()).isNull();
  }

  @Test
  void jsonDateMayBeDateLocalDateTimeOrOffsetDateTime() throws IOException {
    Path file =
        write(
            "d.jsonl",
            "{\"id\":\"d1\",\"date\":\"2023-10-12\",\"text\":\"x\"}\n"
                + "{\"id\":\"d2\",\"date\":\"2023-10-12T08:30:00\",\"text\":\"x\"}\n"
                + "{\"id\":\"d3\",\"date\":\"2023-10-12T23:30:00-05:00\",\"text\":\"x\"}\n"
                + "{\"id\":\"d4\",\"date\":\"2023-10-12T06:00:00Z\",\"text\":\"x\"}\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles())
        .extracting(Article::published)
        .containsExactly(OCT_12, OCT_12, OCT_12, OCT_12);
  }

  static Stream<Arguments> badJsonLines() {
    byte[] latin1 = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] longLine =
        ("{\"id\":\"b\",\"text\":\"" + "x".repeat(250) + "\"}").getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("malformed JSON", bytes("{\"id\":\"b\",\"text\":"), "not valid JSON"),
        Arguments.of("not an object", bytes("[\"Iran called.\"]"), "expected a JSON object"),
        Arguments.of("missing text", bytes("{\"id\":\"b\"}"), "missing \"text\""),
        Arguments.of(
            "text not a string", bytes("{\"id\":\"b\",\"text\":42}"), "\"text\" must be a string"),
        Arguments.of("empty text", bytes("{\"id\":\"b\",\"text\":\"   \"}"), "empty \"text\""),
        Arguments.of("invalid UTF-8", latin1, "not UTF-8"),
        Arguments.of("line over the limit", longLine, "oversized: the line exceeds 200 bytes"),
        Arguments.of(
            "bad date",
            bytes("{\"id\":\"b\",\"date\":\"12/10/2023\",\"text\":\"x\"}"),
            "\"date\" is not"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badJsonLines")
  void badJsonLineIsRejectedWithFileLineAndReasonWhileNeighboursAreRead(
      String what, byte[] bad, String reason) throws IOException {
    byte[] before = bytes("{\"id\":\"g1\",\"text\":\"Iran called.\"}\n");
    byte[] after = bytes("\n{\"id\":\"g2\",\"text\":\"Israel struck.\"}\n");
    Path file = writeBytes("mixed.jsonl", concat(before, bad, after));

    Ingest.Batch batch =
        new Ingest(SMALL, InputStream.nullInputStream()).readAll(List.of(file.toString()));

    assertThat(batch.articles()).extracting(Article::id).containsExactly("g1", "g2");
    assertThat(batch.rejected()).hasSize(1);
    Rejected rejected = batch.rejected().get(0);
    assertThat(rejected.source()).isEqualTo(file.toString());
    assertThat(rejected.line()).isEqualTo(2);
    assertThat(rejected.reason()).contains(reason);
    assertThat(rejected.describe()).startsWith(file + ":2: [ingest] ");
  }

  @Test
  void blankJsonLinesAreSkippedButCounted() throws IOException {
    Path file = write("gaps.jsonl", "\n{\"id\":\"g1\",\"text\":\"x\"}\n\n{\"text\":7}\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.articles()).extracting(Article::id).containsExactly("g1");
    assertThat(batch.rejected()).extracting(Rejected::line).containsExactly(4);
  }

  // ---- directories and paths ----

  @Test
  void directoryIsReadRecursivelyInSortedOrderSkippingHiddenAndReportingOtherFiles()
      throws IOException {
    Path root = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(root.resolve("sub"));
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve("b.txt"), "Text b.");
    Files.writeString(root.resolve("sub/c.txt"), "Text c.");
    Files.writeString(
        root.resolve("a.jsonl"),
        "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\",\"text\":\"y\"}\n");
    Files.writeString(root.resolve(".hidden.txt"), "Hidden.");
    Files.writeString(root.resolve(".git/d.txt"), "Hidden too.");
    Files.writeString(root.resolve("notes.md"), "Not an article.");

    Ingest.Batch batch = read(root);

    assertThat(batch.articles()).extracting(Article::id).containsExactly("a1", "a2", "b", "c");
    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.notices())
        .extracting(Notice::source, Notice::kind)
        .containsExactly(tuple(root.resolve("notes.md").toString(), "skipped"));
  }

  @Test
  void nonTxtFileNamedExplicitlyIsReadAsText() throws IOException {
    Path file = write("notes.md", "date 2023-10-12\nIran called.");

    assertThat(read(file).articles())
        .containsExactly(new Article("notes", null, null, OCT_12, null, "Iran called."));
  }

  @Test
  void missingPathIsRejected() {
    Path missing = dir.resolve("nowhere.txt");

    Ingest.Batch batch = read(missing);

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected())
        .extracting(Rejected::source, Rejected::line)
        .containsExactly(tuple(missing.toString(), 0));
    assertThat(batch.rejected().get(0).reason()).contains("no such file");
  }

  @Test
  void anArticleWithATakenIdAndOtherTextIsReadUnderADerivedIdWithANotice() throws IOException {
    Path file =
        write(
            "dup.jsonl",
            "{\"id\":\"same\",\"text\":\"First.\"}\n{\"id\":\"same\",\"text\":\"Second.\"}\n");
    Path text = write("same.txt", "Third.");

    Ingest.Batch batch =
        new Ingest(Limits.DEFAULT, InputStream.nullInputStream())
            .readAll(List.of(file.toString(), text.toString()));

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles())
        .extracting(Article::id, Article::text)
        .containsExactly(
            tuple("same", "First."),
            tuple("same~" + sha256Prefix("Second.").substring(0, 8), "Second."),
            tuple("same~" + sha256Prefix("Third.").substring(0, 8), "Third."));
    assertThat(batch.notices())
        .extracting(Notice::source, Notice::line, Notice::kind)
        .containsExactly(
            tuple(file.toString(), 2, "renamed"), tuple(text.toString(), 0, "renamed"));
    assertThat(batch.notices().get(0).message())
        .contains("already read with other text from " + file + ":1")
        .contains("read as same~");
  }

  @Test
  void storyFilesOfTwoFoldersAreTwoArticlesUnlessTheirTextIsTheSame() throws IOException {
    Files.createDirectories(dir.resolve("day1"));
    Files.createDirectories(dir.resolve("day2"));
    Files.createDirectories(dir.resolve("day3"));
    Files.writeString(dir.resolve("day1/story.txt"), "Iran called Saudi Arabia.");
    Files.writeString(dir.resolve("day2/story.txt"), "Egypt met Turkey.");
    Files.writeString(dir.resolve("day3/story.txt"), "Iran called Saudi Arabia.");

    Ingest.Batch batch = read(dir);

    assertThat(batch.articles())
        .extracting(Article::text)
        .containsExactly("Iran called Saudi Arabia.", "Egypt met Turkey.");
    assertThat(batch.notices())
        .extracting(Notice::source, Notice::kind)
        .containsExactly(
            tuple(dir.resolve("day2/story.txt").toString(), "renamed"),
            tuple(dir.resolve("day3/story.txt").toString(), "duplicate"));
  }

  // ---- standard input ----

  @Test
  void stdinStartingWithABraceIsReadAsJsonLines() {
    String input = "  \n{\"id\":\"s1\",\"text\":\"Iran called.\"}\n{\"text\":false}\n";

    Ingest.Batch batch = stdin(input).readAll(List.of("-"));

    assertThat(batch.articles())
        .containsExactly(new Article("s1", null, null, null, null, "Iran called."));
    assertThat(batch.rejected())
        .extracting(Rejected::source, Rejected::line)
        .containsExactly(tuple("-", 3));
  }

  @Test
  void stdinPlainTextIsOneArticleWithContentHashId() {
    Ingest.Batch batch =
        stdin("date 2023-10-12\n Iran called Saudi Arabia. \n").readAll(List.of("-"));

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles())
        .containsExactly(
            new Article(
                sha256Prefix("Iran called Saudi Arabia."),
                null,
                null,
                OCT_12,
                null,
                "Iran called Saudi Arabia."));
  }

  @Test
  void stdinOverTheSizeLimitIsRejected() {
    Ingest ingest = new Ingest(SMALL, new ByteArrayInputStream(bytes("z".repeat(300))));

    Ingest.Batch batch = ingest.readAll(List.of("-"));

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected()).extracting(Rejected::source).containsExactly("-");
    assertThat(batch.rejected().get(0).reason()).startsWith("oversized");
  }

  // ---- regressions ----

  @Test
  void theSameArticleReadTwiceIsSkippedWithANoticeAtItsFileAndLine() throws IOException {
    Path file =
        write(
            "dupes.jsonl",
            "{\"id\": \"same\", \"text\": \"One.\"}\n{\"id\": \"same\", \"text\": \"One.\"}\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.articles()).extracting(Article::text).containsExactly("One.");
    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.notices())
        .extracting(Notice::source, Notice::line, Notice::articleId, Notice::kind)
        .containsExactly(tuple(file.toString(), 2, "same", "duplicate"));
  }

  @Test
  void jsonLinesFileStartingWithByteOrderMarkIsRead() throws IOException {
    Path file =
        writeBytes(
            "bom.jsonl",
            concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes("{\"id\": \"b\", \"text\": \"x\"}\n")));

    Ingest.Batch batch = read(file);

    assertThat(batch.rejected()).isEmpty();
    assertThat(batch.articles()).extracting(Article::id).containsExactly("b");
  }

  @Test
  void standardInputWithByteOrderMarkIsStillSniffedAsJsonLines() {
    byte[] input =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            bytes("{\"id\": \"b\", \"text\": \"x\"}\n"));

    Ingest.Batch batch =
        new Ingest(Limits.DEFAULT, new ByteArrayInputStream(input)).readAll(List.of("-"));

    assertThat(batch.articles())
        .extracting(Article::id, Article::text)
        .containsExactly(tuple("b", "x"));
  }

  @Test
  void dateTimeWithOffsetWithoutColonIsAccepted() throws IOException {
    Path file =
        write("offset.jsonl", "{\"text\": \"x\", \"date\": \"2023-10-12T08:00:00+0530\"}\n");

    assertThat(read(file).articles()).extracting(Article::published).containsExactly(OCT_12);
  }

  // ---- helpers ----

  // ---- hostile input ----

  @Test
  void anEmptyJsonLinesFileIsRejectedSayingSo() throws IOException {
    Path file = write("empty.jsonl", "\n\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.rejected())
        .extracting(Rejected::source, Rejected::line, Rejected::reason)
        .containsExactly(tuple(file.toString(), 0, "empty: no JSON lines to read"));
  }

  @Test
  void brokenLinksAndLinkLoopsInADirectoryAreRejectsNotSilentGaps() throws IOException {
    Path root = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(root.resolve("a.txt"), "Iran called Saudi Arabia.");
    Path broken = Files.createSymbolicLink(root.resolve("gone.txt"), dir.resolve("missing.txt"));
    Path loop = Files.createSymbolicLink(root.resolve("loop"), root);

    Ingest.Batch batch = read(root);

    assertThat(batch.articles()).extracting(Article::id).containsExactly("a");
    assertThat(batch.rejected())
        .extracting(Rejected::source)
        .containsExactly(broken.toString(), loop.toString());
    assertThat(batch.rejected().get(0).reason()).contains("broken symbolic link");
    assertThat(batch.rejected().get(1).reason()).contains("symbolic link loop");
  }

  @Test
  void aLinkToAnArticleElsewhereIsRead() throws IOException {
    Path root = Files.createDirectories(dir.resolve("linked"));
    Path target = write("elsewhere.txt", "Egypt met Turkey.");
    Files.createSymbolicLink(root.resolve("story.txt"), target);

    assertThat(read(root).articles()).extracting(Article::id).containsExactly("story");
  }

  @Test
  void trailingTextAfterTheJsonObjectIsRejected() throws IOException {
    Path file = write("trailing.jsonl", "{\"id\":\"t\",\"text\":\"Iran called.\"} and more\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected()).extracting(Rejected::line).containsExactly(1);
    assertThat(batch.rejected().get(0).reason()).startsWith("not valid JSON");
  }

  @ParameterizedTest
  @MethodSource("impossibleDates")
  void anImpossiblePublicationDateIsRejectedWithItsReason(String date, String reason)
      throws IOException {
    Path file =
        write(
            "dates.jsonl", "{\"id\":\"d\",\"date\":\"" + date + "\",\"text\":\"Iran called.\"}\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected())
        .extracting(Rejected::reason)
        .singleElement()
        .asString()
        .contains(reason);
  }

  static Stream<Arguments> impossibleDates() {
    return Stream.of(
        Arguments.of("0000-01-01", "before 1800-01-01"),
        Arguments.of("9999-12-31", "in the future"),
        Arguments.of(
            LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString(), "in the future"),
        Arguments.of("", "\"date\" is empty"),
        Arguments.of("  ", "\"date\" is empty"));
  }

  @Test
  void aDatePrefixOfYearZeroIsRejected() throws IOException {
    Path file = write("zero.txt", "date 0000-01-01\nIran called.");

    assertThat(read(file).rejected())
        .extracting(Rejected::reason)
        .singleElement()
        .asString()
        .contains("before 1800-01-01");
  }

  @Test
  void anEscapedLoneSurrogateBecomesAReplacementCharacterAndKeepsOffsets() throws IOException {
    Path file =
        write(
            "surrogate.jsonl",
            "{\"id\":\"s\",\"title\":\"\\udc00\",\"text\":\"Iran \\ud800 called. \\ud83d\\ude00\"}\n");

    Ingest.Batch batch = read(file);

    assertThat(batch.rejected()).isEmpty();
    Article article = batch.articles().get(0);
    assertThat(article.text()).isEqualTo("Iran \uFFFD called. \uD83D\uDE00");
    assertThat(article.title()).isEqualTo("\uFFFD");
  }

  private Ingest.Batch read(Path path) {
    return new Ingest(Limits.DEFAULT, InputStream.nullInputStream())
        .readAll(List.of(path.toString()));
  }

  private static Ingest stdin(String text) {
    return new Ingest(Limits.DEFAULT, new ByteArrayInputStream(bytes(text)));
  }

  private static void assertRejectedWholeFile(Ingest.Batch batch, Path file, String reason) {
    assertThat(batch.articles()).isEmpty();
    assertThat(batch.rejected()).hasSize(1);
    Rejected rejected = batch.rejected().get(0);
    assertThat(rejected.source()).isEqualTo(file.toString());
    assertThat(rejected.line()).isEqualTo(0);
    assertThat(rejected.reason()).contains(reason);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String sha256Prefix(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes(text));
      return HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
