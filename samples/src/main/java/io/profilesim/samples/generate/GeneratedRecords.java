package io.profilesim.samples.generate;

import io.profilesim.samples.generate.RecordRenderer.Draft;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The records of one generator run, made as they are read: household by household, held back in a
 * bounded shuffle window, given their source keys as they leave. Memory is bounded by the window,
 * whatever the number of records. Not thread-safe.
 */
public final class GeneratedRecords implements Iterator<GeneratedRecord> {
  private final GeneratorSettings settings;
  private final PeopleFactory people;
  private final RecordRenderer renderer;
  private final SplittableRandom households;
  private final SplittableRandom keys;
  private final ShuffleWindow<Draft> window;
  private final ArrayDeque<Draft> ready = new ArrayDeque<>();
  private final StatsCounter stats = new StatsCounter();
  private final long[] keyCounters = new long[Source.values().length];
  private long generated;
  private long householdCount;
  private long personCount;

  GeneratedRecords(GeneratorSettings settings, Vocabulary words) {
    this.settings = settings;
    SplittableRandom root = new SplittableRandom(settings.seed());
    // Split order is part of the output's definition: changing it changes every record.
    this.window = new ShuffleWindow<>(settings.shuffleWindow(), root.split());
    this.keys = root.split();
    UniqueNumbers numbers = new UniqueNumbers(settings.profiles(), root.split());
    this.households = root;
    this.people = new PeopleFactory(settings, words, numbers);
    this.renderer = new RecordRenderer(settings, words, people);
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (generated < settings.profiles()) {
        generateHousehold();
      } else {
        Draft last = window.drain();
        if (last == null) {
          return false;
        }
        ready.add(last);
      }
    }
    return true;
  }

  @Override
  public GeneratedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("all " + generated + " records have been read");
    }
    return emit(ready.poll());
  }

  /**
   * Returns the counts of what has been generated so far; once {@link #hasNext()} is false, of
   * the whole run.
   */
  public GenerationStats stats() {
    return stats.snapshot();
  }

  private void generateHousehold() {
    SplittableRandom random = households.split();
    String household = "h" + householdCount++;
    List<Person> members = people.household(household, personCount, random);
    personCount += members.size();
    int withRecords = 0;
    int twinsWithRecords = 0;
    for (Person person : members) {
      int records = (int) Math.min(person.recordCount(), settings.profiles() - generated);
      if (records == 0) {
        continue;
      }
      withRecords++;
      if (person.traits().contains(Variation.TWIN)) {
        twinsWithRecords++;
      }
      stats.person(records);
      for (int i = 0; i < records; i++) {
        generated++;
        Draft released = window.offer(renderer.render(person, i, random));
        if (released != null) {
          ready.add(released);
        }
      }
    }
    stats.household(withRecords, twinsWithRecords == 2);
  }

  private GeneratedRecord emit(Draft draft) {
    Source source = draft.source();
    String key = nextKey(source);
    draft.values()[source.fieldIndex(source.keyField())] = key;
    GeneratedRecord record = new GeneratedRecord(source, key, draft.cluster(), draft.household(),
        draft.values(), draft.variations());
    stats.record(record);
    return record;
  }

  /** Keys in each source's own style, numbered in output order so they reveal nothing. */
  private String nextKey(Source source) {
    long n = ++keyCounters[source.ordinal()];
    return switch (source) {
      case CRM -> "C" + UniqueNumbers.pad(n, 9);
      case WEB_ORDERS -> "WO-" + UniqueNumbers.pad(n, 10);
      case CONTACT_CENTER -> randomUuid().toString();
    };
  }

  /** A version-4 UUID, as Amazon Connect contact ids are, from the seeded stream. */
  private UUID randomUuid() {
    long high = (keys.nextLong() & ~0xF000L) | 0x4000L;
    long low = (keys.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
