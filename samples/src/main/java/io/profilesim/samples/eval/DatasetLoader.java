package io.profilesim.samples.eval;

import io.profilesim.domain.IdGenerator;
import io.profilesim.model.Address;
import io.profilesim.model.Profile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled record-linkage files into profiles. The record id and the row order give the
 * answer away in these files (FEBRL ids name the original, fake_1000 is sorted by cluster), so
 * every profile gets a fresh id and the rows are shuffled with the seed; the original id is used
 * only to build the truth.
 */
public final class DatasetLoader {
  private DatasetLoader() {}

  /**
   * Reads a FEBRL file ({@code rec_id, given_name, surname, street_number, address_1, address_2,
   * suburb, postcode, state, date_of_birth, soc_sec_id}, separated by {@code ", "}). Street number
   * and address_1 form Address1, address_2 is Address2, suburb the City.
   *
   * @param withSocSecId whether to keep soc_sec_id, as {@code Attributes.soc_sec_id}; it nearly
   *     gives the answer away, so honest figures leave it out
   */
  public static LabelledDataset febrl(Path file, boolean withSocSecId, long seed) {
    List<CSVRecord> rows = read(file, CSVFormat.DEFAULT.builder().setHeader()
        .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get());
    return build(datasetName(file) + (withSocSecId ? " +soc_sec_id" : ""), rows, seed,
        r -> r.get("rec_id").split("-")[1], r -> febrlProfile(r, withSocSecId));
  }

  /** Reads fake_1000 ({@code unique_id,first_name,surname,dob,city,email,cluster}). */
  public static LabelledDataset fake1000(Path file, long seed) {
    List<CSVRecord> rows = read(file, CSVFormat.DEFAULT.builder().setHeader()
        .setSkipHeaderRecord(true).get());
    return build(datasetName(file), rows, seed, r -> r.get("cluster"),
        DatasetLoader::fakeProfile);
  }

  private static Profile.Builder febrlProfile(CSVRecord r, boolean withSocSecId) {
    Profile.Builder b = Profile.builder()
        .firstName(blank(r.get("given_name")))
        .lastName(blank(r.get("surname")))
        .birthDate(blank(r.get("date_of_birth")))
        .address(Address.builder()
            .address1(blank(join(r.get("street_number"), r.get("address_1"))))
            .address2(blank(r.get("address_2")))
            .city(blank(r.get("suburb")))
            .postalCode(blank(r.get("postcode")))
            .state(blank(r.get("state")))
            .build());
    String ssid = blank(r.get("soc_sec_id"));
    if (withSocSecId && ssid != null) {
      Map<String, String> attributes = new HashMap<>(); // Shapes.copyOf asks Map.of about null
      attributes.put("soc_sec_id", ssid);
      b.attributes(attributes);
    }
    return b;
  }

  private static Profile.Builder fakeProfile(CSVRecord r) {
    String city = blank(r.get("city"));
    return Profile.builder()
        .firstName(blank(r.get("first_name")))
        .lastName(blank(r.get("surname")))
        .birthDate(blank(r.get("dob")))
        .emailAddress(blank(r.get("email")))
        .address(city == null ? null : Address.builder().city(city).build());
  }

  private static LabelledDataset build(String name, List<CSVRecord> rows, long seed,
      Function<CSVRecord, String> cluster, Function<CSVRecord, Profile.Builder> profile) {
    List<CSVRecord> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    List<Profile> profiles = new ArrayList<>();
    Map<String, String> truth = new HashMap<>();
    for (int k = 0; k < shuffled.size(); k++) {
      String id = IdGenerator.of(seed, "eval-profile", Integer.toString(k));
      profiles.add(profile.apply(shuffled.get(k)).profileId(id).build());
      truth.put(id, cluster.apply(shuffled.get(k)));
    }
    return new LabelledDataset(name, profiles, truth);
  }

  private static List<CSVRecord> read(Path file, CSVFormat format) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return format.parse(in).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String datasetName(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.getFileName().toString() : parent.getFileName().toString();
  }

  private static String join(String a, String b) {
    return (a.trim() + " " + b.trim()).trim();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
