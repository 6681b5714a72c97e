package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --format icews}: foreign rows into the store, for events and the exports. */
final class ImportCommandIT {
  private static final String HEADER =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code"
          + "\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number"
          + "\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

  /** Invented rows: a visit, a protest, and one with a country nobody has. */
  private static final String ROWS =
      "80000001\t2024-03-04\tCyril Ramaphosa\tGovernment,Executive\tSouth Africa\tMake a visit"
          + "\t042\t1.9\tGovernment (Turkey)\tGovernment\tTurkey\t51000001\t1\tCape Example"
          + "\tAnkara\t\tAnkara\tTurkey\t39.93\t32.86\n"
          + "80000002\t2024-03-05\tProtester (Chile)\tProtestors / Popular Opposition / Mobs"
          + "\tChile\tDemonstrate or rally\t141\t-6.5\tGovernment (Chile)\tGovernment\tChile"
          + "\t51000002\t2\tAndes Example\tSantiago\t\tSantiago\tChile\t-33.45\t-70.67\n"
          + "80000003\t2024-03-06\tGovernment (Utopia)\tGovernment\tUtopia\tMake statement\t010"
          + "\t0.0\tCitizen (Utopia)\t\tUtopia\t51000003\t1\tNowhere Example\t\t\t\t\t\t\n";

  @TempDir Path dir;

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void icewsRowsAreStoredOnceListedAndExportedAndBadRowsNameTheirLine() throws Exception {
    Path file = dir.resolve("events.tab");
    Files.writeString(file, HEADER + ROWS, StandardCharsets.UTF_8);
    String db = dir.resolve("k.duckdb").toString();

    Result first = run("import", "--format", "icews", file.toString(), "--db", db);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("2 records stored, 0 already stored, 1 rejects");
    assertThat(first.err()).contains(file + ":4: unknown source country 'Utopia'");

    Result again = run("import", "--format", "icews", file.toString(), "--db", db);
    assertThat(again.out()).contains("0 records stored, 2 already stored, 1 rejects");

    Result events = run("events", "--db", db, "--format", "csv");
    assertThat(events.status()).as(events.err()).isZero();
    assertThat(events.out().lines().skip(1)).hasSize(2);
    assertThat(events.out()).contains("ZAFGOV").contains("042").contains("CHLOPP").contains("141");
    Result csv = run("export", "--db", db, "--format", "csv", "--out", "-");
    assertThat(csv.out().lines().skip(1)).hasSize(2);
  }

  @Test
  void aFileOfOnlyBadRowsOrWithoutFormatIsBadInput() throws Exception {
    Path bad = dir.resolve("bad.tab");
    Files.writeString(bad, HEADER + ROWS.lines().skip(2).findFirst().orElseThrow() + "\n");
    String db = dir.resolve("k.duckdb").toString();

    assertThat(run("import", "--format", "icews", bad.toString(), "--db", db).status())
        .isEqualTo(2);
    Result noFormat = run("import", bad.toString(), "--db", db);
    assertThat(noFormat.status()).isEqualTo(2);
    assertThat(noFormat.err()).contains("give --format");
    assertThat(run("import", "--format", "xml", bad.toString(), "--db", db).err())
        .contains("--format xml is not known");
  }
}
