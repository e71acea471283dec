package io.profilesim.matching;

import io.profilesim.model.Address;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small seeded maker of customer profiles with known duplicates, for tests and timed runs:
 * people in households (two or three share a surname, an address and a home phone), each with
 * one to three profiles that vary the way customer data does (name typos, nicknames, missing
 * emails, phone and date formats, street abbreviations). Not a realistic generator; just enough
 * structure to exercise every stage.
 */
public final class SyntheticProfiles {
  private static final String[] FIRST = {"james", "mary", "robert", "patricia", "john",
      "jennifer", "michael", "linda", "william", "elizabeth", "david", "barbara", "richard",
      "susan", "joseph", "jessica", "thomas", "sarah", "charles", "karen", "daniel", "nancy",
      "matthew", "lisa", "anthony", "betty", "mark", "margaret", "donald", "sandra", "steven",
      "ashley", "paul", "kimberly", "andrew", "emily", "joshua", "donna", "kenneth", "michelle",
      "kevin", "carol", "brian", "amanda", "george", "melissa", "timothy", "deborah", "ronald",
      "stephanie", "edward", "rebecca", "jason", "sharon", "jeffrey", "laura", "ryan", "cynthia",
      "jacob", "kathleen", "gary", "amy", "nicholas", "angela", "eric", "shirley", "jonathan",
      "anna", "stephen", "brenda", "larry", "pamela", "justin", "emma", "scott", "nicole",
      "brandon", "helen", "benjamin", "samantha", "samuel", "katherine", "gregory", "christine",
      "alexander", "debra", "frank", "rachel", "patrick", "carolyn", "raymond", "janet", "jack",
      "catherine", "dennis", "maria", "jerry", "heather", "tyler", "diane", "aaron", "ruth"};
  private static final String[] NICK = {"jim", "mary", "bob", "pat", "jack", "jen", "mike",
      "linda", "bill", "liz", "dave", "barb", "rick", "sue", "joe", "jess", "tom", "sally",
      "charlie", "karen", "dan", "nancy", "matt", "lisa", "tony", "betty", "mark", "maggie",
      "don", "sandra", "steve", "ashley", "paul", "kim", "andy", "emily", "josh", "donna", "ken",
      "michelle", "kevin", "carol", "brian", "amanda", "george", "melissa", "tim", "debbie",
      "ron", "steph", "ed", "becky", "jason", "sharon", "jeff", "laura", "ryan", "cindy", "jake",
      "kathleen", "gary", "amy", "nick", "angela", "eric", "shirley", "jon", "anna", "steve",
      "brenda", "larry", "pamela", "justin", "emma", "scott", "nikki", "brandon", "helen", "ben",
      "sam", "sam", "kate", "greg", "chris", "alex", "debbie", "frank", "rachel", "pat", "carrie",
      "ray",
      "janet", "jack", "cathy", "dennis", "maria", "jerry", "heather", "tyler", "diane", "aaron",
      "ruth"};
  private static final String[] SYLLABLES = {"an", "ber", "cal", "dor", "el", "fen", "gar",
      "hol", "is", "jon", "kel", "lan", "mor", "nor", "ost", "par", "quin", "ros", "sten", "tar",
      "ul", "ven", "wil", "xan", "yor", "zel", "son", "ton", "ley", "man"};
  private static final String[] STREETS = {"Main", "Oak", "Pine", "Maple", "Cedar", "Elm",
      "Washington", "Lake", "Hill", "Park", "River", "Church", "Spring", "Highland", "Forest",
      "Sunset", "Lincoln", "Jackson", "Franklin", "Meadow"};
  private static final String[] TYPES = {"Street", "Avenue", "Road", "Drive", "Lane", "Court"};
  private static final String[] DOMAINS = {"gmail.com", "yahoo.com", "outlook.com",
      "example.org", "mail.net"};

  private SyntheticProfiles() {}

  /** A generated set: the profiles and, for each, the person it belongs to. */
  public record Data(List<Profile> profiles, List<Integer> person) {}

  /** About {@code target} profiles made from {@code seed}. */
  public static Data generate(int target, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Profile> profiles = new ArrayList<>(target + 4);
    List<Integer> owner = new ArrayList<>(target + 4);
    int people = 0;
    while (profiles.size() < target) {
      String last = surname(r);
      String street = (1 + r.nextInt(9999)) + " " + pick(r, STREETS) + " " + pick(r, TYPES);
      String city = "City" + r.nextInt(5000);
      String zip = Integer.toString(10000 + r.nextInt(90000));
      String home = phone(r);
      int members = 1 + (r.nextInt(10) < 3 ? 1 + r.nextInt(2) : 0);
      for (int m = 0; m < members && profiles.size() < target; m++) {
        int name = r.nextInt(FIRST.length);
        Person p = new Person(name, last, date(r), home, phone(r), street, city, zip,
            FIRST[name] + "." + last + r.nextInt(100) + "@" + pick(r, DOMAINS));
        int copies = 1 + (r.nextInt(10) < 4 ? 1 + r.nextInt(2) : 0);
        for (int c = 0; c < copies && profiles.size() < target; c++) {
          profiles.add(profile(p, c > 0, r, "p" + profiles.size()));
          owner.add(people);
        }
        people++;
      }
    }
    return new Data(profiles, owner);
  }

  private record Person(int name, String last, int[] dob, String home, String mobile,
      String street, String city, String zip, String email) {}

  private static Profile profile(Person p, boolean variant, SplittableRandom r, String id) {
    String first = FIRST[p.name];
    String last = p.last;
    String email = p.email;
    String street = p.street;
    String dob = p.dob[0] + "-" + two(p.dob[1]) + "-" + two(p.dob[2]);
    String mobile = p.mobile;
    if (variant) {
      int change = r.nextInt(8);
      switch (change) {
        case 0 -> first = typo(first, r);
        case 1 -> first = NICK[p.name];
        case 2 -> last = typo(last, r);
        case 3 -> email = null;
        case 4 -> email = email.toUpperCase(Locale.ROOT);
        case 5 -> dob = two(p.dob[1]) + "/" + two(p.dob[2]) + "/" + p.dob[0];
        case 6 -> street = street.replace("Street", "St").replace("Avenue", "Ave")
            .replace("Road", "Rd");
        default -> mobile = "+1 (" + mobile.substring(0, 3) + ") " + mobile.substring(3, 6) + "-"
            + mobile.substring(6);
      }
    }
    return Profile.builder()
        .profileId(id)
        .firstName(capitalize(first))
        .lastName(capitalize(last))
        .birthDate(dob)
        .emailAddress(email)
        .mobilePhoneNumber(mobile)
        .homePhoneNumber(p.home)
        .address(Address.builder().address1(street).city(p.city).postalCode(p.zip).state("CA")
            .build())
        .build();
  }

  private static String surname(SplittableRandom r) {
    int parts = 2 + r.nextInt(2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      // Mildly skewed: some surnames are more common than others, none is a tenth of everyone.
      sb.append(SYLLABLES[(int) (SYLLABLES.length * Math.pow(r.nextDouble(), 1.3))]);
    }
    return sb.toString();
  }

  private static int[] date(SplittableRandom r) {
    return new int[] {1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28)};
  }

  private static String phone(SplittableRandom r) {
    return Long.toString(2_000_000_000L + r.nextInt(800_000_000) * 10L + r.nextInt(10));
  }

  private static String typo(String s, SplittableRandom r) {
    int i = 1 + r.nextInt(s.length() - 1);
    return s.substring(0, i) + (char) ('a' + r.nextInt(26)) + s.substring(i);
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
