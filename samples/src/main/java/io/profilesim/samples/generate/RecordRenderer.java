package io.profilesim.samples.generate;

import io.profilesim.model.Gender;
import io.profilesim.samples.generate.Person.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a person as one source would have recorded them at one time: the source's fields and
 * formats, the person's state at that time (address, email), and the noise of data entry, with
 * every variation applied noted on the record.
 */
final class RecordRenderer {
  /** The formats of the timestamps, as SimpleDateFormat-style patterns (see ObjectTypeMappings). */
  static final String CRM_TIMESTAMP_PATTERN = "yyyy-MM-dd HH:mm:ss";
  static final String WEB_TIMESTAMP_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  private static final DateTimeFormatter CRM_TIMESTAMP =
      DateTimeFormatter.ofPattern(CRM_TIMESTAMP_PATTERN, Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WEB_TIMESTAMP =
      DateTimeFormatter.ofPattern(WEB_TIMESTAMP_PATTERN, Locale.ROOT);
  private static final DateTimeFormatter CRM_BIRTH_DATE =
      DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
  private static final List<DateTimeFormatter> OTHER_BIRTH_DATES = List.of(
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT),
      DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US),
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));

  private static final List<String> GENERIC_EMAILS = List.of("noemail@example.com",
      "none@example.com", "no.email@example.org", "na@example.net", "unknown@example.com");
  /** Placeholders typed into phone fields, and the shop's own number. */
  private static final List<String> GENERIC_PHONES =
      List.of("0000000000", "9999999999", "5555555555", "8005550100");
  /** Lines a call can come in on when the caller's number is not passed on. */
  private static final List<String> CALL_CENTRE_LINES = List.of("8005550100", "8005550199");
  private static final List<String> QUEUES = List.of("Billing", "Sales", "Support", "Returns");

  private final GeneratorSettings settings;
  private final Vocabulary words;
  private final PeopleFactory people;

  RecordRenderer(GeneratorSettings settings, Vocabulary words, PeopleFactory people) {
    this.settings = settings;
    this.words = words;
    this.people = people;
  }

  /** A record before it gets its key: values aligned with the source's fields, key still null. */
  record Draft(Source source, String cluster, String household, String[] values,
      EnumSet<Variation> variations) {}

  /** A record's values being filled in by field name; empty values stay missing. */
  private record Values(Source source, String[] values) {
    void set(String field, String value) {
      if (value != null && !value.isEmpty()) {
        values[source.fieldIndex(field)] = value;
      }
    }
  }

  /** Renders the person's {@code index}-th record. */
  Draft render(Person person, int index, SplittableRandom random) {
    Source source = person.recordSources()[index];
    Values fields = new Values(source, new String[source.fieldNames().size()]);
    EnumSet<Variation> variations = EnumSet.noneOf(Variation.class);
    variations.addAll(person.traits());
    switch (source) {
      case CRM -> crm(person, index, fields, variations, random);
      case WEB_ORDERS -> webOrder(person, index, fields, variations, random);
      case CONTACT_CENTER -> call(person, index, fields, variations, random);
      default -> throw new IllegalStateException("no renderer for source " + source);
    }
    return new Draft(source, person.cluster(), person.household(), fields.values(), variations);
  }

  private void crm(Person p, int index, Values f,
      EnumSet<Variation> v, SplittableRandom random) {
    long time = p.recordTimes()[index];
    String[] names = names(p, v, random, 0.7);
    f.set("first_name", names[0]);
    f.set("last_name", names[1]);
    if (!missing(v, random)) {
      f.set("email", email(p, time, v, random));
    }
    if (!missing(v, random)) {
      f.set("phone", phone(p, 0.3, v, random, random.nextDouble() < 0.8
          ? random.nextInt(2) : random.nextInt(Noise.PHONE_STYLES)));
    }
    if (!missing(v, random)) {
      PostalAddress a = residence(p, time, v);
      f.set("street_number", a.number());
      f.set("street_name", street(a, random.nextDouble() < 0.85, v, random));
      f.set("unit", unit(a, random));
      f.set("city", a.city().name());
      f.set("state", a.city().state());
      f.set("postal_code", random.nextDouble() < 0.1
          ? a.postcode() + "-" + UniqueNumbers.pad(random.nextInt(10_000), 4) : a.postcode());
    }
    if (!missing(v, random)) {
      f.set("birth_date", birthDate(p.birthDate(), v, random));
    }
    if (random.nextDouble() < 0.8) {
      boolean letter = random.nextDouble() < 0.85;
      f.set("gender", p.gender() == Gender.FEMALE
          ? (letter ? "F" : "Female") : (letter ? "M" : "Male"));
    }
    if (!missing(v, random)) {
      f.set("account_number", account(p, index, v, random));
    }
    f.set("updated_at", CRM_TIMESTAMP.format(Instant.ofEpochMilli(time)));
  }

  private void webOrder(Person p, int index, Values f,
      EnumSet<Variation> v, SplittableRandom random) {
    long time = p.recordTimes()[index];
    PostalAddress home = residence(p, time, v);
    ZoneOffset offset = ZoneOffset.ofHours(home.city().utcOffsetHours());
    f.set("placed_at", WEB_TIMESTAMP.format(Instant.ofEpochMilli(time).atOffset(offset)));
    String[] names = names(p, v, random, 0.2);
    f.set("customer.first_name", names[0]);
    f.set("customer.last_name", names[1]);
    f.set("customer.email", email(p, time, v, random));
    if (random.nextDouble() < 0.6 && !missing(v, random)) {
      f.set("customer.phone", phone(p, 0.2, v, random, random.nextInt(Noise.PHONE_STYLES)));
    }
    if (random.nextDouble() < 0.3) {
      f.set("customer.loyalty_id", p.accountNumber());
    }
    PostalAddress ship = home;
    String recipient = p.firstName() + " " + p.lastName();
    if (random.nextDouble() < settings.giftShippingRate()) {
      v.add(Variation.GIFT_SHIPPING);
      v.remove(Variation.MOVED_ADDRESS);
      ship = people.address(words.cities.pick(random), random);
      recipient = words.givenNames(random.nextBoolean() ? Gender.FEMALE : Gender.MALE)
          .pick(random) + " " + words.lastNames.pick(random);
    }
    f.set("shipping.recipient", recipient);
    f.set("shipping.street", ship.number() + " "
        + street(ship, random.nextBoolean(), v, random));
    f.set("shipping.unit", unit(ship, random));
    f.set("shipping.city", ship.city().name());
    f.set("shipping.region", ship.city().state());
    f.set("shipping.postcode", ship.postcode());
    f.set("shipping.country", "US");
    long cents = 500 + random.nextLong(50_000);
    f.set("total", cents / 100 + "." + UniqueNumbers.pad(cents % 100, 2));
  }

  private void call(Person p, int index, Values f,
      EnumSet<Variation> v, SplittableRandom random) {
    if (random.nextDouble() < 0.8) {
      String[] n = names(p, v, random, 0.5);
      f.set("caller_name", switch (PeopleFactory.pick(new double[] {45, 15, 15, 10, 15}, random)) {
        case 0 -> n[0] + " " + n[1];
        case 1 -> Noise.upper(n[1] + ", " + n[0]);
        case 2 -> n[1] + ", " + n[0];
        case 3 -> n[0].strip().charAt(0) + ". " + n[1];
        default -> n[0];
      });
    }
    String digits;
    if (random.nextDouble() < 2 * settings.genericPhoneRate()) {
      v.add(Variation.GENERIC_PHONE);
      digits = CALL_CENTRE_LINES.get(random.nextInt(CALL_CENTRE_LINES.size()));
    } else {
      digits = phoneDigits(p, 0.4, v, random);
    }
    f.set("phone_number", "+1" + digits);
    if (random.nextDouble() < 0.35) {
      f.set("account_number", p.accountNumber());
    }
    f.set("queue", QUEUES.get(random.nextInt(QUEUES.size())));
    f.set("call_started_ms", Long.toString(p.recordTimes()[index]));
    f.set("duration_seconds", Integer.toString(20 + random.nextInt(1780)));
  }

  /**
   * The person's names as typed into this record: maybe a nickname, accents dropped, a typo,
   * swapped, re-cased or with stray spaces.
   *
   * @param upperShare of the records with an unusual case, the share in upper case (the rest
   *     are in lower case)
   */
  private String[] names(Person p, EnumSet<Variation> v, SplittableRandom random,
      double upperShare) {
    String first = p.firstName();
    String last = p.lastName();
    List<String> nicknames = words.nicknames.get(first);
    if (nicknames != null && random.nextDouble() < settings.nicknameRate()) {
      first = nicknames.get(random.nextInt(nicknames.size()));
      v.add(Variation.NICKNAME);
    }
    if ((Noise.hasAccents(first) || Noise.hasAccents(last))
        && random.nextDouble() < settings.accentDropRate()) {
      first = Noise.dropAccents(first);
      last = Noise.dropAccents(last);
      v.add(Variation.ACCENTS_DROPPED);
    }
    if (random.nextDouble() < settings.typoRate()) {
      first = Noise.typo(first, random);
      v.add(Variation.TYPO);
    }
    if (random.nextDouble() < settings.typoRate()) {
      last = Noise.typo(last, random);
      v.add(Variation.TYPO);
    }
    if (random.nextDouble() < settings.swappedNameRate()) {
      String swap = first;
      first = last;
      last = swap;
      v.add(Variation.SWAPPED_NAMES);
    }
    if (random.nextDouble() < settings.caseRate()) {
      boolean upper = random.nextDouble() < upperShare;
      first = upper ? Noise.upper(first) : Noise.lower(first);
      last = upper ? Noise.upper(last) : Noise.lower(last);
      v.add(Variation.CASE);
    }
    if (random.nextDouble() < settings.whitespaceRate()) {
      if (random.nextBoolean()) {
        first = Noise.strayWhitespace(first, random);
      } else {
        last = Noise.strayWhitespace(last, random);
      }
      v.add(Variation.WHITESPACE);
    }
    return new String[] {first, last};
  }

  /** The email the person gave at {@code time}: their own, a new one, the family's or none. */
  private String email(Person p, long time, EnumSet<Variation> v, SplittableRandom random) {
    if (random.nextDouble() < settings.genericEmailRate()) {
      v.add(Variation.GENERIC_EMAIL);
      return GENERIC_EMAILS.get(random.nextInt(GENERIC_EMAILS.size()));
    }
    String email;
    if (p.familyEmail() != null && random.nextDouble() < 0.3) {
      email = p.familyEmail();
      v.add(Variation.FAMILY_EMAIL);
    } else if (time >= p.emailChangedAt()) {
      email = p.changedEmail();
      v.add(Variation.CHANGED_EMAIL);
    } else {
      email = p.email();
    }
    if (random.nextDouble() < settings.caseRate() / 2) {
      email = Character.toUpperCase(email.charAt(0)) + email.substring(1);
      v.add(Variation.CASE);
    }
    if (random.nextDouble() < settings.typoRate() / 2) {
      int at = email.indexOf('@');
      email = Noise.typo(email.substring(0, at), random) + email.substring(at);
      v.add(Variation.TYPO);
    }
    return email;
  }

  /** A phone in a style, or a placeholder that many people share. */
  private String phone(Person p, double homeShare, EnumSet<Variation> v,
      SplittableRandom random, int style) {
    if (random.nextDouble() < settings.genericPhoneRate()) {
      v.add(Variation.GENERIC_PHONE);
      return Noise.phone(GENERIC_PHONES.get(random.nextInt(GENERIC_PHONES.size())), style);
    }
    return Noise.phone(phoneDigits(p, homeShare, v, random), style);
  }

  /** The person's mobile, or with {@code homeShare} their household's landline if they have one. */
  private static String phoneDigits(Person p, double homeShare, EnumSet<Variation> v,
      SplittableRandom random) {
    if (p.homePhone() != null && random.nextDouble() < homeShare) {
      if (p.homePhoneShared()) {
        v.add(Variation.HOUSEHOLD_PHONE);
      }
      return p.homePhone();
    }
    return p.mobile();
  }

  private static PostalAddress residence(Person p, long time, EnumSet<Variation> v) {
    int index = p.residenceAt(time);
    if (index > 0) {
      v.add(Variation.MOVED_ADDRESS);
    }
    return p.residences().get(index).address();
  }

  /** The street name with its type, full or abbreviated, maybe with a typo in the name. */
  private String street(PostalAddress a, boolean abbreviated, EnumSet<Variation> v,
      SplittableRandom random) {
    String name = a.street();
    if (random.nextDouble() < settings.typoRate()) {
      name = Noise.typo(name, random);
      v.add(Variation.TYPO);
    }
    return name + " " + (abbreviated ? a.type().abbreviation() : a.type().full());
  }

  /** The unit as written in this record, or {@code null} when the address has none or omits it. */
  private static String unit(PostalAddress a, SplittableRandom random) {
    if (a.unit() == null || random.nextDouble() < 0.2) {
      return null;
    }
    return switch (random.nextInt(4)) {
      case 0 -> "Apt " + a.unit();
      case 1 -> "Apt. " + a.unit();
      case 2 -> "#" + a.unit();
      default -> "Unit " + a.unit();
    };
  }

  private String birthDate(LocalDate date, EnumSet<Variation> v, SplittableRandom random) {
    LocalDate written = date;
    if (random.nextDouble() < settings.birthDateErrorRate()) {
      written = wrongDate(date, random);
      v.add(Variation.BIRTH_DATE_ERROR);
    }
    if (random.nextDouble() < settings.dateFormatRate()) {
      v.add(Variation.DATE_FORMAT);
      return OTHER_BIRTH_DATES.get(random.nextInt(OTHER_BIRTH_DATES.size())).format(written);
    }
    return CRM_BIRTH_DATE.format(written);
  }

  /** Day and month swapped when that gives another valid date, else a year off by one digit. */
  private static LocalDate wrongDate(LocalDate date, SplittableRandom random) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    if (day <= 12 && day != month && random.nextBoolean()) {
      return LocalDate.of(date.getYear(), day, month);
    }
    int delta = random.nextBoolean() ? 1 : 10;
    return date.minusYears(date.getYear() % 10 >= 5 ? delta : -delta);
  }

  private String account(Person p, int index, EnumSet<Variation> v, SplittableRandom random) {
    for (int earlier = 0; earlier < index; earlier++) {
      if (p.recordSources()[earlier] == Source.CRM) {
        if (random.nextDouble() < settings.newAccountRate()) {
          v.add(Variation.NEW_ACCOUNT_NUMBER);
          return p.secondAccountNumber();
        }
        break;
      }
    }
    return p.accountNumber();
  }

  private boolean missing(EnumSet<Variation> v, SplittableRandom random) {
    if (random.nextDouble() < settings.missingFieldRate()) {
      v.add(Variation.MISSING_FIELDS);
      return true;
    }
    return false;
  }
}
