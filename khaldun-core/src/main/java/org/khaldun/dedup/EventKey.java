package org.khaldun.dedup;

import java.util.Objects;
import org.khaldun.model.ActorMention;
import org.khaldun.model.CodedEvent;

/**
 * What makes two mentions candidates for one real-world event: the CAMEO family (root) and the
 * actor pair, by country (or international code). Consultations and signed agreements are the same
 * event whichever side reports them, so their pair is unordered.
 *
 * @param family the two-digit CAMEO root
 * @param first the source's country, or the pair's lesser side when symmetric
 * @param second the target's country (empty when there is none), or the greater side
 * @param symmetric whether the pair is unordered
 */
public record EventKey(String family, String first, String second, boolean symmetric) {
  public EventKey {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  public static EventKey of(CodedEvent event) {
    String family = event.code().root();
    String source = actor(event.source());
    String target = actor(event.target());
    boolean symmetric = isSymmetric(event.code().code());
    if (symmetric && source.compareTo(target) > 0) {
      return new EventKey(family, target, source, true);
    }
    return new EventKey(family, source, target, symmetric);
  }

  /**
   * The key as one string, {@code family|first|second|u} (unordered) or {@code ...|o}: how the
   * store's {@code mentions.event_key} and the Spark job's grouping column write it.
   */
  public String text() {
    return family + "|" + first + "|" + second + "|" + (symmetric ? "u" : "o");
  }

  /** Consult (04) and sign formal agreement (057) do not depend on who reports them. */
  public static boolean isSymmetric(String cameo) {
    return cameo.startsWith("04") || cameo.equals("057");
  }

  /** A country code, or the international code for actors without a country; empty for none. */
  public static String actor(ActorMention actor) {
    if (actor == null) {
      return "";
    }
    return actor.code().country() != null ? actor.code().country() : actor.code().prefix();
  }
}
