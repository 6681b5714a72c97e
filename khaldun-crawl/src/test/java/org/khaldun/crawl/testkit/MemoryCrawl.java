package org.khaldun.crawl.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khaldun.crawl.CrawlState;
import org.khaldun.crawl.FeedValidators;
import org.khaldun.crawl.Intake;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;

/**
 * The watcher's state and intake in memory, with a fake coding stage: an article "codes" to one
 * event per paragraph, and one with a text already taken is a duplicate, as the store decides.
 * Keeps what it was given for the tests to inspect.
 */
public final class MemoryCrawl implements CrawlState, Intake {
  private final Set<String> seen = new HashSet<>();
  private final Map<String, FeedValidators> validators = new HashMap<>();
  private final Set<String> texts = new HashSet<>();
  public final List<Article> stored = new ArrayList<>();
  public final List<Rejected> rejected = new ArrayList<>();

  @Override
  public boolean seen(String url) {
    return seen.contains(url);
  }

  @Override
  public void markSeen(Collection<String> urls, String outcome) {
    seen.addAll(urls);
  }

  @Override
  public Optional<FeedValidators> validators(String feed) {
    return Optional.ofNullable(validators.get(feed));
  }

  @Override
  public void validated(String feed, FeedValidators given) {
    validators.put(feed, given);
  }

  @Override
  public Taken take(Article article, Set<String> urls) {
    seen.addAll(urls);
    if (!texts.add(article.text())) {
      return new Taken(Outcome.DUPLICATE, 0);
    }
    stored.add(article);
    return new Taken(Outcome.STORED, article.text().split("\\n\\n").length);
  }

  @Override
  public void reject(Rejected given, Set<String> urls) {
    seen.addAll(urls);
    rejected.add(given);
  }

  public Set<String> seenUrls() {
    return Set.copyOf(seen);
  }
}
