package io.profilesim.samples.generate;

import io.profilesim.model.Gender;
import io.profilesim.samples.generate.Person.PostalAddress;
import io.profilesim.samples.generate.Person.Residence;
import io.profilesim.samples.generate.Vocabulary.City;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes households of people: who they are, where and with whom they live, how their lives change
 * and when and where they leave records. Everything about a household derives from its own random
 * stream, so a household does not depend on how many draws the ones before it took.
 */
final class PeopleFactory {
  /** Records are dated in this window (UTC); fixed, so that output never depends on the clock. */
  static final long WINDOW_START = Instant.parse("2022-01-01T00:00:00Z").toEpochMilli();
  static final long WINDOW_END = Instant.parse("2026-07-01T00:00:00Z").toEpochMilli();

  private static final LocalDate OLDEST_BIRTH = LocalDate.of(1936, 1, 1);
  private static final LocalDate YOUNGEST_BIRTH = LocalDate.of(2007, 12, 31);

  /** Records per person: most have one, some two to five, a few more (the tail is separate). */
  private static final double[] SIZE_WEIGHTS =
      {0.55, 0.18, 0.10, 0.06, 0.04, 0.025, 0.015, 0.01, 0.008, 0.006, 0.004, 0.002};
  private static final double HEAVY_TAIL_RATE = 0.002;
  private static final int HEAVY_TAIL_MIN = 15;
  private static final int HEAVY_TAIL_MAX = 30;

  /** People in a shared household: two to five, mostly couples. */
  private static final double[] SHARED_SIZE_WEIGHTS = {0.55, 0.25, 0.15, 0.05};

  private static final Source[] SOURCES = Source.values();
  private static final double[] SOURCE_WEIGHTS = {0.35, 0.40, 0.25};

  private final GeneratorSettings settings;
  private final Vocabulary words;
  private final UniqueNumbers numbers;

  PeopleFactory(GeneratorSettings settings, Vocabulary words, UniqueNumbers numbers) {
    this.settings = settings;
    this.words = words;
    this.numbers = numbers;
  }

  /**
   * Returns the people of one household.
   *
   * @param household the household's truth id
   * @param firstPerson the index of the household's first person; people are numbered on
   */
  List<Person> household(String household, long firstPerson, SplittableRandom random) {
    boolean shared = random.nextDouble() < settings.householdRate();
    int size = shared ? 2 + pick(SHARED_SIZE_WEIGHTS, random) : 1;
    boolean twins = size >= 3 && random.nextDouble() < settings.twinRate();
    City city = words.cities.pick(random);
    PostalAddress home = address(city, random);
    String familyName = words.lastNames.pick(random);
    String homePhone = random.nextDouble() < (shared ? 0.7 : 0.2)
        ? numbers.phone(city.areaCode(), 2 * firstPerson + 1) : null;
    String familyEmail = shared && random.nextDouble() < 0.15
        ? familyEmail(familyName, 3 * firstPerson + 2, random) : null;

    List<Person> people = new ArrayList<>(size);
    Person head = null;
    for (int member = 0; member < size; member++) {
      boolean twin = twins && member >= size - 2;
      Person twinOf = twin && member == size - 1 ? people.get(member - 1) : null;
      Member m = member(member, head, twinOf, familyName, random);
      EnumSet<Variation> traits = EnumSet.noneOf(Variation.class);
      if (shared) {
        traits.add(Variation.HOUSEHOLD);
      }
      if (twin) {
        traits.add(Variation.TWIN);
      }
      if (m.commonName) {
        traits.add(Variation.COMMON_NAME);
      }
      Person p = person(firstPerson + member, household, m, home, homePhone, shared, familyEmail,
          traits, random);
      people.add(p);
      if (member == 0) {
        head = p;
      }
    }
    return people;
  }

  /** Who a household member is: gender, names, birth date. */
  private record Member(Gender gender, String firstName, String lastName, LocalDate birthDate,
      boolean commonName) {}

  private Member member(int member, Person head, Person twinOf, String familyName,
      SplittableRandom random) {
    if (twinOf != null) {
      return twin(twinOf, random);
    }
    Gender gender = member == 1 && random.nextDouble() < 0.85
        ? opposite(head.gender()) : randomGender(random);
    if (random.nextDouble() < settings.commonNameRate()) {
      // The top names of each list, born within five years: many different people look alike.
      String first = words.givenNames(gender).get(random.nextInt(3));
      String last = words.lastNames.get(random.nextInt(3));
      LocalDate birth = LocalDate.of(1978 + random.nextInt(5), 1, 1)
          .plusDays(random.nextInt(365));
      return new Member(gender, first, last, birth, true);
    }
    String first = words.givenNames(gender).pick(random);
    // Members mostly take the head's family name, which may be a common one.
    String shared = head == null ? familyName : head.lastName();
    String last = member == 0 || random.nextDouble() < 0.8
        ? shared : words.lastNames.pick(random);
    return new Member(gender, first, last, birthDate(member, head, random), false);
  }

  /** A twin: the same family name and birth date, often a given name with the same initial. */
  private Member twin(Person sibling, SplittableRandom random) {
    Gender gender = random.nextDouble() < 0.6 ? sibling.gender() : opposite(sibling.gender());
    WeightedList<String> names = words.givenNames(gender);
    boolean sameInitial = random.nextDouble() < 0.4;
    String first = names.pick(random);
    for (int attempt = 0; attempt < 50; attempt++) {
      boolean initialOk = !sameInitial || first.charAt(0) == sibling.firstName().charAt(0);
      if (initialOk && !first.equals(sibling.firstName())) {
        break;
      }
      first = names.pick(random);
    }
    if (first.equals(sibling.firstName())) {
      first = names.get(names.size() - 1 - random.nextInt(10));
    }
    return new Member(gender, first, sibling.lastName(), sibling.birthDate(), false);
  }

  private LocalDate birthDate(int member, Person head, SplittableRandom random) {
    if (member == 0) {
      return randomDate(OLDEST_BIRTH, YOUNGEST_BIRTH, random);
    }
    LocalDate base = head.birthDate();
    LocalDate date = member == 1
        ? base.plusDays(random.nextInt(-6 * 365, 6 * 365 + 1))
        : base.plusYears(20 + random.nextInt(19)).plusDays(random.nextInt(365));
    return date.isAfter(YOUNGEST_BIRTH) ? YOUNGEST_BIRTH.minusDays(random.nextInt(3 * 365)) : date;
  }

  private Person person(long index, String household, Member m, PostalAddress home,
      String homePhone, boolean shared, String familyEmail, EnumSet<Variation> traits,
      SplittableRandom random) {
    City mobileCity = random.nextDouble() < 0.75 ? home.city() : words.cities.pick(random);
    String mobile = numbers.phone(mobileCity.areaCode(), 2 * index);
    String email = email(m.firstName, m.lastName, 3 * index, random);
    int records = recordCount(random);
    long[] times = recordTimes(records, random);
    Source[] sources = new Source[records];
    for (int i = 0; i < records; i++) {
      sources[i] = SOURCES[pick(SOURCE_WEIGHTS, random)];
    }
    List<Residence> residences = new ArrayList<>(2);
    residences.add(new Residence(home, Long.MIN_VALUE));
    if (records >= 2 && random.nextDouble() < settings.moveRate()) {
      City newCity = random.nextDouble() < 0.4 ? home.city() : words.cities.pick(random);
      residences.add(new Residence(address(newCity, random), timeBetween(times, random)));
    }
    String changedEmail = null;
    long changedAt = Long.MAX_VALUE;
    if (records >= 2 && random.nextDouble() < settings.emailChangeRate()) {
      changedEmail = email(m.firstName, m.lastName, 3 * index + 1, random);
      changedAt = timeBetween(times, random);
    }
    return new Person("p" + index, household, m.gender, m.firstName, m.lastName, m.birthDate,
        mobile, homePhone, shared && homePhone != null, email, changedEmail, changedAt,
        familyEmail, numbers.account(2 * index), numbers.account(2 * index + 1),
        List.copyOf(residences), times, sources, traits);
  }

  /** A time strictly after the first record and at or before the last, so both sides exist. */
  private static long timeBetween(long[] times, SplittableRandom random) {
    long first = times[0];
    long last = times[times.length - 1];
    return last <= first ? last : first + 1 + random.nextLong(last - first);
  }

  private int recordCount(SplittableRandom random) {
    if (random.nextDouble() < HEAVY_TAIL_RATE) {
      return random.nextInt(HEAVY_TAIL_MIN, HEAVY_TAIL_MAX + 1);
    }
    return 1 + pick(SIZE_WEIGHTS, random);
  }

  /** Record times: the person appears at some point in the window and stays until its end. */
  private static long[] recordTimes(int records, SplittableRandom random) {
    long span = WINDOW_END - WINDOW_START;
    long start = WINDOW_START + (long) (random.nextDouble() * 0.7 * span);
    long[] times = new long[records];
    for (int i = 0; i < records; i++) {
      times[i] = start + random.nextLong(WINDOW_END - start);
    }
    Arrays.sort(times);
    return times;
  }

  PostalAddress address(City city, SplittableRandom random) {
    String number = Integer.toString(random.nextDouble() < 0.7
        ? 1 + random.nextInt(999) : 1000 + random.nextInt(19000));
    String unit = random.nextDouble() < 0.25 ? unit(random) : null;
    String postcode = city.zipPrefix() + UniqueNumbers.pad(random.nextInt(100), 2);
    return new PostalAddress(number, words.streets.pick(random), words.streetTypes.pick(random),
        unit, city, postcode);
  }

  private static String unit(SplittableRandom random) {
    int n = 1 + random.nextInt(30);
    return random.nextBoolean() ? Integer.toString(n) : n + String.valueOf((char) ('A' + random
        .nextInt(4)));
  }

  /**
   * An email from the names, in one of the forms people pick, made unique by a suffix derived from
   * {@code id} (see {@link UniqueNumbers}).
   */
  String email(String firstName, String lastName, long id, SplittableRandom random) {
    String first = mailbox(firstName);
    String last = mailbox(lastName);
    String local = switch (random.nextInt(7)) {
      case 0 -> first + "." + last;
      case 1 -> first + last;
      case 2 -> first.charAt(0) + "." + last;
      case 3 -> first + "_" + last;
      case 4 -> last + "." + first;
      case 5 -> first;
      default -> first.charAt(0) + last;
    };
    return local + numbers.emailSuffix(id) + "@" + words.emailDomains.pick(random);
  }

  /** A household's shared email, made unique as {@link #email} is. */
  private String familyEmail(String familyName, long id, SplittableRandom random) {
    String name = mailbox(familyName);
    String local = switch (random.nextInt(3)) {
      case 0 -> "the" + name + "s";
      case 1 -> name + "family";
      default -> name + ".home";
    };
    return local + numbers.emailSuffix(id) + "@" + words.emailDomains.pick(random);
  }

  /** A name as it can appear in a mailbox: lower case, ASCII letters only. */
  static String mailbox(String name) {
    String ascii = Noise.hasAccents(name) ? Noise.dropAccents(name) : name;
    StringBuilder letters = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    return letters.length() == 0 ? "x" : letters.toString();
  }

  private static LocalDate randomDate(LocalDate from, LocalDate to, SplittableRandom random) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  private static Gender randomGender(SplittableRandom random) {
    return random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
  }

  private static Gender opposite(Gender gender) {
    return gender == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
  }

  /** Draws an index with the given weights (which need not sum to one). */
  static int pick(double[] weights, SplittableRandom random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
