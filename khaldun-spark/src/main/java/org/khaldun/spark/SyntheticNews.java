package org.khaldun.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes news-length synthetic articles (about 25 sentences, 500 words) as JSON lines for {@code
 * bench-spark --synthetic N}: event sentences between varied actors, with dates, quotes and the
 * background paragraphs real reports carry. The same N gives the same articles.
 */
final class SyntheticNews {
  private static final List<String[]> ACTORS =
      List.of(
          new String[] {"Egyptian Foreign Minister Badr Abdelatty", "Egypt"},
          new String[] {"Turkish President Recep Tayyip Erdogan", "Turkey"},
          new String[] {"the Iranian government", "Iran"},
          new String[] {"Saudi Arabia's foreign ministry", "Saudi Arabia"},
          new String[] {"Kenyan police", "Kenya"},
          new String[] {"the Armenian prime minister", "Armenia"},
          new String[] {"Azerbaijan's foreign minister", "Azerbaijan"},
          new String[] {"the European Union", "the EU"},
          new String[] {"South Korea's defence ministry", "South Korea"},
          new String[] {"Rwandan officials", "Rwanda"},
          new String[] {"the Congolese army", "Congo"},
          new String[] {"Israeli forces", "Israel"});
  private static final String[] EVENTS = {
    "%s held a phone call with %s on %s to discuss the crisis.",
    "%s accused %s on %s of violating the ceasefire agreement.",
    "%s met %s in Geneva on %s for a new round of talks.",
    "%s imposed sanctions on %s on %s over the missile programme.",
    "%s threatened %s with military action on %s.",
    "%s signed a trade agreement with %s on %s.",
    "%s condemned %s on %s for the attack on a refugee camp.",
    "%s promised humanitarian aid to %s on %s.",
    "%s rejected a proposal from %s on %s, officials said.",
    "%s arrested dozens of protesters from %s on %s."
  };
  private static final String[] FILLER = {
    "The talks came after weeks of rising tension along the border, diplomats said.",
    "Analysts said the move was likely to complicate efforts to reach a lasting settlement.",
    "Officials did not give details of the discussions, which lasted more than two hours.",
    "Thousands of people have fled the region since the fighting began last year.",
    "The ministry said in a statement that it remained committed to dialogue.",
    "Prices of fuel and bread have risen sharply in the capital in recent months.",
    "A spokesman declined to comment on reports that more meetings were planned.",
    "The United Nations has repeatedly called for restraint from all sides.",
    "Local media reported that the delegation arrived late in the evening.",
    "Opposition leaders criticised the government's handling of the economy.",
    "Several hundred people gathered in the main square, witnesses said.",
    "The agreement is expected to be reviewed by parliament before the end of the year."
  };
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  private SyntheticNews() {}

  static void write(Path file, int count) throws IOException {
    Random random = new Random(2026);
    ObjectMapper json = new ObjectMapper();
    LocalDate start = LocalDate.of(2025, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; n < count; n++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 25; s++) {
          if (s % 3 == 0) {
            String[] a = ACTORS.get(random.nextInt(ACTORS.size()));
            String[] b = ACTORS.get(random.nextInt(ACTORS.size()));
            String event = EVENTS[random.nextInt(EVENTS.length)];
            String day = DAYS[random.nextInt(DAYS.length)];
            text.append(String.format(java.util.Locale.ROOT, event, a[0], b[1], day));
          } else {
            text.append(FILLER[random.nextInt(FILLER.length)]);
          }
          text.append(s % 4 == 3 ? "\n\n" : " ");
        }
        ObjectNode line = json.createObjectNode();
        line.put("id", "synthetic-" + n);
        line.put("date", start.plusDays(random.nextInt(365)).toString());
        line.put("source", "outlet" + random.nextInt(20) + ".example");
        line.put("text", text.toString().strip());
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
  }
}
