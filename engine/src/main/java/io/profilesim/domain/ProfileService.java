package io.profilesim.domain;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.exception.Violation;
import io.profilesim.model.AddProfileKeyRequest;
import io.profilesim.model.AddProfileKeyResponse;
import io.profilesim.model.AdditionalSearchKey;
import io.profilesim.model.BatchGetProfileError;
import io.profilesim.model.BatchGetProfileRequest;
import io.profilesim.model.BatchGetProfileResponse;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.CreateProfileResponse;
import io.profilesim.model.DeleteProfileKeyRequest;
import io.profilesim.model.DeleteProfileKeyResponse;
import io.profilesim.model.DeleteProfileRequest;
import io.profilesim.model.DeleteProfileResponse;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.FoundByKeyValue;
import io.profilesim.model.LogicalOperator;
import io.profilesim.model.Profile;
import io.profilesim.model.SearchProfilesRequest;
import io.profilesim.model.SearchProfilesResponse;
import io.profilesim.model.UpdateAddress;
import io.profilesim.model.UpdateProfileRequest;
import io.profilesim.model.UpdateProfileResponse;
import io.profilesim.validation.ShapeValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The profile operations: CreateProfile, UpdateProfile, DeleteProfile, BatchGetProfile,
 * SearchProfiles, AddProfileKey and DeleteProfileKey.
 *
 * <p>Values written by CreateProfile and UpdateProfile are stamped with the clock's time and the
 * source {@value FieldStamps#PROFILE_API}, so auto-merging treats the API as one more source.
 */
public final class ProfileService {
  /** AWS: SearchProfiles returns 20 profiles a page unless MaxResults says otherwise. */
  static final int DEFAULT_SEARCH_PAGE = 20;

  private static final String SEARCH_LISTING = "SearchProfiles";

  private final ServiceContext context;
  private final DomainRegistry registry;

  public ProfileService(ServiceContext context, DomainRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  public CreateProfileResponse createProfile(CreateProfileRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = liveDomain(r.domainName());
    Instant now = context.now();
    Profile fields =
        Profile.builder()
            .accountNumber(r.accountNumber())
            .additionalInformation(r.additionalInformation())
            .partyType(r.partyType())
            .businessName(r.businessName())
            .firstName(r.firstName())
            .middleName(r.middleName())
            .lastName(r.lastName())
            .birthDate(r.birthDate())
            .gender(r.gender())
            .phoneNumber(r.phoneNumber())
            .mobilePhoneNumber(r.mobilePhoneNumber())
            .homePhoneNumber(r.homePhoneNumber())
            .businessPhoneNumber(r.businessPhoneNumber())
            .emailAddress(r.emailAddress())
            .personalEmailAddress(r.personalEmailAddress())
            .businessEmailAddress(r.businessEmailAddress())
            .address(r.address())
            .shippingAddress(r.shippingAddress())
            .mailingAddress(r.mailingAddress())
            .billingAddress(r.billingAddress())
            .attributes(r.attributes())
            .partyTypeString(r.partyTypeString())
            .genderString(r.genderString())
            .profileType(r.profileType())
            .engagementPreferences(r.engagementPreferences())
            .build();
    FieldStamps stamps =
        FieldStamps.EMPTY.with(
            ProfileFields.values(fields).keySet(), now.toEpochMilli(), FieldStamps.PROFILE_API);
    String id = domain.write(() -> domain.store().createProfile(fields, stamps));
    return new CreateProfileResponse(id);
  }

  /**
   * Changes the fields the request gives: a value sets a field, an empty string clears it, an
   * absent member leaves it as it is. The same holds for each part of an address and each custom
   * attribute. A given {@code EngagementPreferences} replaces the profile's.
   */
  public UpdateProfileResponse updateProfile(UpdateProfileRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = liveDomain(r.domainName());
    long now = context.now().toEpochMilli();
    Map<String, String> changes = changes(r);
    domain.write(
        () -> {
          ProfileStore store = domain.store();
          StoredProfile current = domain.store().requireProfile(r.profileId());
          Profile updated = ProfileFields.apply(current.profile(), changes);
          if (r.engagementPreferences() != null) {
            updated = updated.toBuilder().engagementPreferences(r.engagementPreferences()).build();
          }
          List<String> set = new ArrayList<>();
          List<String> cleared = new ArrayList<>();
          changes.forEach((attribute, value) -> (value.isEmpty() ? cleared : set).add(attribute));
          FieldStamps stamps =
              current.stamps().without(cleared).with(set, now, FieldStamps.PROFILE_API);
          store.updateProfile(r.profileId(), updated, stamps);
          return null;
        });
    return new UpdateProfileResponse(r.profileId());
  }

  /** Deletes a profile with its objects and keys. */
  public DeleteProfileResponse deleteProfile(DeleteProfileRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = liveDomain(r.domainName());
    domain.write(
        () -> {
          domain.store().requireProfile(r.profileId());
          domain.store().deleteProfile(r.profileId());
          return null;
        });
    return new DeleteProfileResponse(
        "Profile " + r.profileId() + " was deleted with its objects and keys");
  }

  /**
   * Returns the profiles asked for, in the order asked (each once), and an error for each id that
   * names no profile, with {@code Code} {@code 404}.
   */
  public BatchGetProfileResponse batchGetProfile(BatchGetProfileRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = liveDomain(r.domainName());
    return domain.read(
        () -> {
          List<Profile> found = new ArrayList<>();
          List<BatchGetProfileError> errors = new ArrayList<>();
          for (String id : new LinkedHashSet<>(r.profileIds())) {
            StoredProfile p = domain.store().profile(id);
            if (p == null) {
              errors.add(new BatchGetProfileError("404", domain.store().notFound(id), id));
            } else {
              found.add(p.profile());
            }
          }
          return new BatchGetProfileResponse(errors, found);
        });
  }

  /**
   * Finds profiles by key values: {@code KeyName} and {@code Values}, plus up to four {@code
   * AdditionalSearchKeys}, joined by {@code LogicalOperator} (OR by default). A key matches a
   * profile when any of its values does, compared in the key's normalized form (so a phone searched
   * as {@code (555) 010-0000} finds {@code +1 555 010 0000} when the key holds phone numbers).
   * Results come in ProfileId order, {@code MaxResults} (default 20) a page, each with {@code
   * FoundByItems}: under AND every search key with its values, under OR the keys the profile was
   * found by with the values that matched.
   */
  public SearchProfilesResponse searchProfiles(SearchProfilesRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = liveDomain(r.domainName());
    String after = PageToken.decode(SEARCH_LISTING, r.nextToken());
    int max = r.maxResults() == null ? DEFAULT_SEARCH_PAGE : r.maxResults();
    List<AdditionalSearchKey> keys = new ArrayList<>();
    keys.add(new AdditionalSearchKey(r.keyName(), r.values()));
    if (r.additionalSearchKeys() != null) {
      keys.addAll(r.additionalSearchKeys());
    }
    indexDerivedKeys(domain, keys);
    boolean and = r.logicalOperator() == LogicalOperator.AND;
    return domain.read(
        () -> {
          TreeMap<String, List<FoundByKeyValue>> matches = match(domain.store(), keys, and);
          List<Profile> page = new ArrayList<>();
          String last = null;
          for (Map.Entry<String, List<FoundByKeyValue>> m :
              (after == null ? matches : matches.tailMap(after, false)).entrySet()) {
            if (page.size() == max) {
              break;
            }
            Profile p = domain.store().profile(m.getKey()).profile();
            page.add(p.toBuilder().foundByItems(m.getValue()).build());
            last = m.getKey();
          }
          String next =
              page.size() == max && matches.higherKey(last) != null
                  ? PageToken.encode(SEARCH_LISTING, last)
                  : null;
          return new SearchProfilesResponse(page, next);
        });
  }

  /**
   * Gives a profile key values, normalized as the key's object types normalize them, so that
   * objects and searches find the profile by them. {@code _profileId} cannot be added: every
   * profile has exactly its own.
   */
  public AddProfileKeyResponse addProfileKey(AddProfileKeyRequest r) {
    ShapeValidator.standard().validate(r);
    if (StandardKeys.PROFILE_ID.equals(r.keyName())) {
      throw BadRequestException.of(
          List.of(
              new Violation(
                  "keyName",
                  r.keyName(),
                  "Member must not be _profileId: a profile's id is its own key and cannot be"
                      + " added")));
    }
    Domain domain = liveDomain(r.domainName());
    domain.write(
        () -> {
          domain.store().requireProfile(r.profileId());
          domain
              .store()
              .addKeys(
                  r.profileId(), r.keyName(), normalized(domain.store(), r.keyName(), r.values()));
          return null;
        });
    return new AddProfileKeyResponse(r.keyName(), r.values());
  }

  /**
   * Takes key values from a profile. Values a profile has because of its own fields ({@code _email}
   * from EmailAddress, say) follow those fields and cannot be deleted here.
   *
   * @throws ResourceNotFoundException if the profile has none of the values
   */
  public DeleteProfileKeyResponse deleteProfileKey(DeleteProfileKeyRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = liveDomain(r.domainName());
    int removed =
        domain.write(
            () -> {
              domain.store().requireProfile(r.profileId());
              return domain
                  .store()
                  .removeKeys(
                      r.profileId(),
                      r.keyName(),
                      normalized(domain.store(), r.keyName(), r.values()));
            });
    if (removed == 0) {
      throw new ResourceNotFoundException(
          "Profile "
              + r.profileId()
              + " has no value "
              + r.values()
              + " of key "
              + r.keyName()
              + " that was added to it (values that come from the profile's"
              + " own fields change with the fields)");
    }
    return new DeleteProfileKeyResponse(
        "Deleted "
            + removed
            + " value(s) of key "
            + r.keyName()
            + " from profile "
            + r.profileId());
  }

  // ---------------------------------------------------------------- helpers

  /** Returns a domain after removing what has expired in it, so no operation sees stale data. */
  private Domain liveDomain(String name) {
    Domain domain = registry.get(name);
    domain.expireDue(context.now());
    return domain;
  }

  /** Returns the values in every normalized form the key's content types give, without repeats. */
  static List<String> normalized(ProfileStore store, String keyName, Collection<String> values) {
    Set<FieldContentType> types = store.contentTypes(keyName);
    Set<String> forms = new LinkedHashSet<>();
    for (String v : values) {
      for (FieldContentType t : types) {
        forms.add(KeyNormalizer.normalize(t, v));
      }
    }
    return List.copyOf(forms);
  }

  private static void indexDerivedKeys(Domain domain, List<AdditionalSearchKey> keys) {
    boolean missing =
        domain.read(
            () ->
                keys.stream()
                    .anyMatch(
                        k ->
                            StandardKeys.isDerived(k.keyName())
                                && !domain.store().isDerivedKeyIndexed(k.keyName())));
    if (missing) {
      domain.write(
          () -> {
            keys.forEach(k -> domain.store().indexDerivedKey(k.keyName()));
            return null;
          });
    }
  }

  /** Returns the matching profile ids with what found them, in id order. */
  private static TreeMap<String, List<FoundByKeyValue>> match(
      ProfileStore store, List<AdditionalSearchKey> keys, boolean and) {
    List<Map<String, List<String>>> perKey = new ArrayList<>();
    for (AdditionalSearchKey key : keys) {
      perKey.add(matchKey(store, key));
    }
    TreeMap<String, List<FoundByKeyValue>> result = new TreeMap<>();
    if (and) {
      for (String id : perKey.get(0).keySet()) {
        if (perKey.stream().allMatch(m -> m.containsKey(id))) {
          List<FoundByKeyValue> found = new ArrayList<>();
          keys.forEach(k -> found.add(new FoundByKeyValue(k.keyName(), k.values())));
          result.put(id, found);
        }
      }
    } else {
      for (int i = 0; i < keys.size(); i++) {
        String name = keys.get(i).keyName();
        perKey
            .get(i)
            .forEach(
                (id, values) ->
                    result
                        .computeIfAbsent(id, x -> new ArrayList<>())
                        .add(new FoundByKeyValue(name, values)));
      }
    }
    return result;
  }

  /** Returns, for one search key, each matching profile id with the request values it matched. */
  private static Map<String, List<String>> matchKey(ProfileStore store, AdditionalSearchKey key) {
    Map<String, List<String>> matched = new LinkedHashMap<>();
    for (String value : key.values()) {
      for (String form : normalized(store, key.keyName(), List.of(value))) {
        for (String id : store.find(key.keyName(), form)) {
          List<String> values = matched.computeIfAbsent(id, x -> new ArrayList<>());
          if (!values.contains(value)) {
            values.add(value);
          }
        }
      }
    }
    return matched;
  }

  private static Map<String, String> changes(UpdateProfileRequest r) {
    Map<String, String> c = new LinkedHashMap<>();
    put(c, "AccountNumber", r.accountNumber());
    put(c, "AdditionalInformation", r.additionalInformation());
    put(c, "PartyType", r.partyType() == null ? null : r.partyType().name());
    put(c, "BusinessName", r.businessName());
    put(c, "FirstName", r.firstName());
    put(c, "MiddleName", r.middleName());
    put(c, "LastName", r.lastName());
    put(c, "BirthDate", r.birthDate());
    put(c, "Gender", r.gender() == null ? null : r.gender().name());
    put(c, "PhoneNumber", r.phoneNumber());
    put(c, "MobilePhoneNumber", r.mobilePhoneNumber());
    put(c, "HomePhoneNumber", r.homePhoneNumber());
    put(c, "BusinessPhoneNumber", r.businessPhoneNumber());
    put(c, "EmailAddress", r.emailAddress());
    put(c, "PersonalEmailAddress", r.personalEmailAddress());
    put(c, "BusinessEmailAddress", r.businessEmailAddress());
    put(c, "PartyTypeString", r.partyTypeString());
    put(c, "GenderString", r.genderString());
    put(c, "ProfileType", r.profileType() == null ? null : r.profileType().name());
    putAddress(c, "Address", r.address());
    putAddress(c, "ShippingAddress", r.shippingAddress());
    putAddress(c, "MailingAddress", r.mailingAddress());
    putAddress(c, "BillingAddress", r.billingAddress());
    if (r.attributes() != null) {
      r.attributes().forEach((k, v) -> put(c, "Attributes." + k, v));
    }
    return c;
  }

  private static void putAddress(Map<String, String> c, String type, UpdateAddress a) {
    if (a == null) {
      return;
    }
    put(c, type + ".Address1", a.address1());
    put(c, type + ".Address2", a.address2());
    put(c, type + ".Address3", a.address3());
    put(c, type + ".Address4", a.address4());
    put(c, type + ".City", a.city());
    put(c, type + ".County", a.county());
    put(c, type + ".State", a.state());
    put(c, type + ".Province", a.province());
    put(c, type + ".Country", a.country());
    put(c, type + ".PostalCode", a.postalCode());
  }

  private static void put(Map<String, String> c, String attribute, String value) {
    if (value != null) {
      c.put(attribute, value);
    }
  }
}
