package io.profilesim.samples.generate;

import io.profilesim.model.Gender;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One true person as the generator knows them: their stable identity, their life events and the
 * records they will leave. Records are renderings of this at a point in time (see
 * {@link RecordRenderer}); the person itself is never written.
 *
 * @param cluster the truth id of the person
 * @param household the truth id of the household
 * @param mobile ten digits, unique to the person
 * @param homePhone ten digits of the household's landline, or {@code null}
 * @param homePhoneShared whether others live with the person and share the landline
 * @param changedEmail the email used from {@code emailChangedAt} on, or {@code null}
 * @param familyEmail an email the household shares, or {@code null}
 * @param secondAccountNumber the account a CRM duplicate may be opened under
 * @param residences where the person lived, oldest first; the first one is since forever
 * @param recordTimes when each record was last updated at its source (epoch millis, ascending)
 * @param recordSources the source of each record
 * @param traits what is true of all the person's records (household, twin, common name)
 */
record Person(String cluster, String household, Gender gender, String firstName, String lastName,
    LocalDate birthDate, String mobile, String homePhone, boolean homePhoneShared, String email,
    String changedEmail, long emailChangedAt, String familyEmail, String accountNumber,
    String secondAccountNumber, List<Residence> residences, long[] recordTimes,
    Source[] recordSources, Set<Variation> traits) {

  /** An address and the time the person moved in (epoch millis). */
  record Residence(PostalAddress address, long since) {}

  /** A postal address; the street type is rendered full or abbreviated per record. */
  record PostalAddress(String number, String street, Vocabulary.StreetType type, String unit,
      Vocabulary.City city, String postcode) {}

  int recordCount() {
    return recordTimes.length;
  }

  /** Returns the index in {@link #residences} of where the person lived at {@code time}. */
  int residenceAt(long time) {
    int index = 0;
    for (int i = 1; i < residences.size(); i++) {
      if (residences.get(i).since() <= time) {
        index = i;
      }
    }
    return index;
  }
}
