package io.profilesim.ingest;

import com.google.common.base.Utf8;
import com.google.common.primitives.Bytes;
import io.profilesim.DeadLetterMessage;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.IdGenerator;
import io.profilesim.domain.KeyNormalizer;
import io.profilesim.domain.PageToken;
import io.profilesim.domain.ProfileFields;
import io.profilesim.domain.ProfileObject;
import io.profilesim.domain.ProfileStore;
import io.profilesim.domain.ServiceContext;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.exception.Violation;
import io.profilesim.model.DeleteProfileObjectRequest;
import io.profilesim.model.DeleteProfileObjectResponse;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.ListProfileObjectsItem;
import io.profilesim.model.ListProfileObjectsRequest;
import io.profilesim.model.ListProfileObjectsResponse;
import io.profilesim.model.ObjectFilter;
import io.profilesim.model.PutProfileObjectRequest;
import io.profilesim.model.PutProfileObjectResponse;
import io.profilesim.validation.ShapeValidator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The profile object operations: PutProfileObject, ListProfileObjects and DeleteProfileObject, and
 * the ingestion step bulk ingestion shares with PutProfileObject.
 *
 * <p>Ingesting an object: check its size; parse it; read every field's Source; read the source's
 * last-updated time; compute the key values; then, under the domain's write lock, find its profile
 * (PROFILE keys, then SECONDARY keys, then the profile that holds an earlier object with the same
 * UNIQUE key; a key value that several profiles share finds none of them, as AWS discards it),
 * create a profile when none is found and AllowProfileCreation allows it, check the quotas, write
 * the mapped fields and store the object with its keys. Everything up to the lock runs in the
 * caller's thread, so concurrent callers parse in parallel.
 *
 * <p>Field values and SourcePriority (where AWS is silent): an object's value replaces a profile
 * field's value unless that value came from a source of higher priority (a lower SourcePriority; a
 * type without one, and CreateProfile/UpdateProfile, rank lowest), or from a source of the same
 * priority whose last-updated time is later. So the order in which objects arrive does not decide
 * the profile, their timestamps do.
 *
 * <p>An object that cannot be ingested goes to the domain's dead-letter queue, and the call returns
 * without a {@code ProfileObjectUniqueKey}; without a {@code DeadLetterQueueUrl} the call fails
 * with a {@link BadRequestException} that gives the reason.
 */
public final class ProfileObjectService {
  /**
   * AWS quota: "A single profile object can be up to 250 KB", 256,000 bytes. A UTF-8 encoding is
   * never shorter than the string, so this also enforces the model's 256,000-character limit.
   */
  static final int MAX_OBJECT_BYTES = 250 * 1024;

  private static final int DEFAULT_PAGE_SIZE = 100;
  private static final String LISTING = "ListProfileObjects";

  private final ServiceContext context;
  private final DomainRegistry registry;
  private final DeadLetterQueues deadLetterQueues;

  public ProfileObjectService(
      ServiceContext context, DomainRegistry registry, DeadLetterQueues deadLetterQueues) {
    this.context = context;
    this.registry = registry;
    this.deadLetterQueues = deadLetterQueues;
  }

  /** What became of one object: its unique key when stored, the reason when rejected. */
  record Outcome(String uniqueKey, String reason) {
    boolean accepted() {
      return uniqueKey != null;
    }
  }

  /**
   * Ingests one object.
   *
   * @throws BadRequestException if the domain or type name is invalid, or the object is rejected
   *     and the domain has no dead-letter queue
   * @throws ResourceNotFoundException if the domain or the object type does not exist
   */
  public PutProfileObjectResponse putProfileObject(PutProfileObjectRequest r) {
    Domain domain = registry.find(r.domainName());
    ObjectType type = domain == null ? null : ObjectTypeCatalog.of(domain).get(r.objectTypeName());
    if (type == null || r.object() == null) {
      // An existing domain and type had their names checked when they were created, so the
      // validator (slow next to ingestion) only runs for requests that will fail anyway.
      validateNames(r);
      domain = registry.get(r.domainName());
      type = ObjectTypeService.require(domain, r.objectTypeName());
    }
    domain.expireDue(context.now());
    return new PutProfileObjectResponse(ingest(domain, type, r.object(), null, null).uniqueKey());
  }

  /** The Object's own limits are ingestion failures (dead-letter queue), not request errors. */
  private static void validateNames(PutProfileObjectRequest r) {
    List<Violation> violations =
        ShapeValidator.standard().check(r).stream()
            .filter(v -> !v.path().equals("object") || r.object() == null)
            .toList();
    if (!violations.isEmpty()) {
      throw BadRequestException.of(violations);
    }
  }

  /**
   * Lists a profile's objects of one type in the order they were stored, optionally only those with
   * a key value ({@code ObjectFilter}); {@code MaxResults} defaults to 100.
   */
  public ListProfileObjectsResponse listProfileObjects(ListProfileObjectsRequest r) {
    ShapeValidator.standard().validate(r);
    String after = PageToken.decode(LISTING, r.nextToken());
    long afterSequence = parseSequence(after, r.nextToken());
    int max = r.maxResults() == null ? DEFAULT_PAGE_SIZE : r.maxResults();
    Domain domain = registry.get(r.domainName());
    domain.expireDue(context.now());
    return domain.read(
        () -> {
          ObjectTypeService.require(domain, r.objectTypeName());
          ProfileStore store = domain.store();
          store.requireProfile(r.profileId());
          List<String> filter =
              r.objectFilter() == null ? null : filterValues(store, r.objectFilter());
          List<ListProfileObjectsItem> items = new ArrayList<>();
          String next = null;
          for (ProfileObject o : store.objects(r.profileId())) {
            if (o.sequence() <= afterSequence
                || !o.objectTypeName().equals(r.objectTypeName())
                || (filter != null && !matches(o, r.objectFilter().keyName(), filter))) {
              continue;
            }
            if (items.size() == max) {
              next = PageToken.encode(LISTING, Long.toString(lastSequence(store, items)));
              break;
            }
            items.add(new ListProfileObjectsItem(o.objectTypeName(), o.uniqueKey(), o.json()));
          }
          return new ListProfileObjectsResponse(items, next);
        });
  }

  /** Deletes one object of a profile; the profile stays, even without objects. */
  public DeleteProfileObjectResponse deleteProfileObject(DeleteProfileObjectRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = registry.get(r.domainName());
    domain.expireDue(context.now());
    domain.write(
        () -> {
          ObjectTypeService.require(domain, r.objectTypeName());
          ProfileStore store = domain.store();
          store.requireProfile(r.profileId());
          ProfileObject o = store.object(r.profileObjectUniqueKey());
          if (o == null
              || !r.profileId().equals(store.ownerOf(r.profileObjectUniqueKey()))
              || !o.objectTypeName().equals(r.objectTypeName())) {
            throw new ResourceNotFoundException(
                "Profile object "
                    + r.profileObjectUniqueKey()
                    + " of type "
                    + r.objectTypeName()
                    + " not found in profile "
                    + r.profileId());
          }
          store.removeObject(r.profileObjectUniqueKey());
          return null;
        });
    return new DeleteProfileObjectResponse(
        "Profile object " + r.profileObjectUniqueKey() + " was deleted");
  }

  /**
   * Ingests an object: stores it, or sends it to the dead-letter queue with the reason.
   *
   * @param source the file it comes from, or {@code null}
   * @param line the line of that file, or {@code null}
   * @throws BadRequestException if it is rejected and the domain has no dead-letter queue
   */
  Outcome ingest(Domain domain, ObjectType type, String json, String source, Long line) {
    return commit(domain, type, stage(domain, type, json, source, line));
  }

  /**
   * An object between the two steps of its ingestion: prepared (or rejected while being prepared)
   * and not yet stored. Bulk ingestion stages rows on worker threads and commits them in file
   * order.
   *
   * @param json the object as given
   * @param prepared what {@link #stage} computed, or {@code null} if it was rejected
   * @param rejection why it was rejected, or {@code null}
   * @param source the file it comes from, or {@code null}
   * @param line the line of that file, or {@code null}
   */
  record Staged(String json, PreparedObject prepared, String rejection, String source, Long line) {}

  /**
   * Does everything of an object's ingestion that needs no lock: checks its size, parses and maps
   * it, computes its keys and the profile it would create. Safe to call from several threads.
   */
  Staged stage(Domain domain, ObjectType type, String json, String source, Long line) {
    try {
      return new Staged(json, prepare(domain, type, json, context.now()), null, source, line);
    } catch (RejectedObjectException e) {
      return rejected(json, e.getMessage(), source, line);
    }
  }

  /** A staged object rejected before it could be prepared (a malformed CSV row, say). */
  static Staged rejected(String json, String reason, String source, Long line) {
    return new Staged(json, null, reason, source, line);
  }

  /**
   * Stores a staged object under the domain's write lock, or sends it to the dead-letter queue
   * with its reason.
   *
   * @throws BadRequestException if it is rejected and the domain has no dead-letter queue
   */
  Outcome commit(Domain domain, ObjectType type, Staged staged) {
    if (staged.prepared() == null) {
      return reject(
          domain, type, staged.json(), staged.rejection(), staged.source(), staged.line());
    }
    try {
      return new Outcome(domain.write(() -> store(domain, type, staged.prepared())), null);
    } catch (RejectedObjectException e) {
      return reject(domain, type, staged.json(), e.getMessage(), staged.source(), staged.line());
    }
  }

  /** Sends an object to the domain's dead-letter queue, or fails the call when it has none. */
  private Outcome reject(
      Domain domain, ObjectType type, String json, String reason, String source, Long line) {
    String url = domain.config().deadLetterQueueUrl();
    if (url == null) {
      throw new BadRequestException(
          "Object rejected by object type "
              + type.name()
              + ": "
              + reason
              + (line == null ? "" : " (" + source + ", line " + line + ")")
              + ". Domain "
              + domain.name()
              + " has no DeadLetterQueueUrl to receive it");
    }
    deadLetterQueues.send(
        url,
        new DeadLetterMessage(
            domain.name(), type.name(), json, reason, context.now(), source, line));
    return new Outcome(null, reason);
  }

  // ---------------------------------------------------------------- outside the lock

  private PreparedObject prepare(Domain domain, ObjectType type, String json, Instant now) {
    byte[] utf8 = utf8WithinQuota(json);
    String[] read = type.reader().read(json);
    List<FieldMapping> fields = type.fields();
    String[] values = new String[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fields.get(i).source().evaluate(read);
    }
    long sourceMillis = sourceTime(type, values, now);
    String[] keyValues = keyValues(type, values);
    // Attributes by number (FieldTargets): what Targets write, and what a new profile infers.
    FieldTargets targets = type.targets();
    String[] written = new String[targets.attributes().length];
    String[] inferred = null;
    int changed = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      int target = targets.target()[i];
      if (target >= 0) {
        FieldMapping f = fields.get(i);
        String problem = ProfileFields.checkValue(f.target(), values[i]);
        if (problem != null) {
          throw new RejectedObjectException(
              "Invalid field value: field "
                  + f.name()
                  + " (target _profile."
                  + f.target()
                  + "): "
                  + problem);
        }
        changed += written[target] == null ? 1 : 0;
        written[target] = values[i];
      } else if (targets.inferred()[i] >= 0) {
        if (inferred == null) {
          inferred = new String[written.length];
        }
        int slot = targets.inferred()[i];
        if (inferred[slot] == null) {
          inferred[slot] = values[i];
        }
      }
    }
    String[] changedAttributes = new String[changed];
    String[] changedValues = new String[changed];
    compact(targets.attributes(), written, changedAttributes, changedValues);
    int days =
        type.request().expirationDays() != null
            ? type.request().expirationDays()
            : domain.config().defaultExpirationDays();
    long nowMillis = now.toEpochMilli();
    long expiresAt = nowMillis + TimeUnit.DAYS.toMillis(days);
    IdGenerator.Id key = type.objectIds().bitsOf(keyValues[type.uniqueKey()]);
    ProfileObject object =
        new ProfileObject(
            key, type.name(), utf8, nowMillis, expiresAt, objectKeys(type, keyValues));
    // A new profile is packed here, outside the lock, so concurrent callers pack theirs at once.
    ProfileStore.NewProfile newProfile = null;
    FieldStamps newStamps = null;
    if (type.allowProfileCreation()) {
      String[] byNumber = written;
      String[] stamped = changedAttributes;
      if (inferred != null) {
        byNumber = new String[written.length];
        int count = 0;
        for (int s = 0; s < written.length; s++) {
          byNumber[s] = written[s] != null ? written[s] : inferred[s];
          count += byNumber[s] != null ? 1 : 0;
        }
        stamped = new String[count];
        compact(targets.attributes(), byNumber, stamped, null);
      }
      newProfile = domain.store().prepare(targets.plan(), byNumber);
      newStamps = FieldStamps.EMPTY.with(Arrays.asList(stamped), sourceMillis, type.name());
    }
    return new PreparedObject(
        object,
        key.toString(),
        changedAttributes,
        changedValues,
        newProfile,
        newStamps,
        sourceMillis,
        keyValues);
  }

  /**
   * Copies the numbered attributes that have a value into {@code attributes}, and their values into
   * {@code values} unless it is null, in number order.
   */
  private static void compact(
      String[] names, String[] byNumber, String[] attributes, String[] values) {
    int n = 0;
    for (int s = 0; s < names.length; s++) {
      if (byNumber[s] != null) {
        attributes[n] = names[s];
        if (values != null) {
          values[n] = byNumber[s];
        }
        n++;
      }
    }
  }

  /** The object in UTF-8, as the store keeps it, once checked against the size quota. */
  private static byte[] utf8WithinQuota(String json) {
    if (json.isEmpty()) {
      throw new RejectedObjectException("Malformed JSON: the object is empty");
    }
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    // getBytes writes '?' for a lone surrogate, which has no UTF-8 form, so the object could not
    // be kept as it came. One '?' byte per char means ASCII text, unless some '?' stands for a
    // surrogate: only then, or for text beyond ASCII, are the chars read again to find one.
    if (utf8.length != json.length() || Bytes.indexOf(utf8, (byte) '?') >= 0) {
      try {
        Utf8.encodedLength(json);
      } catch (IllegalArgumentException e) {
        throw new RejectedObjectException(
            "Malformed JSON: the object is not valid Unicode text (" + e.getMessage() + ")");
      }
    }
    int bytes = utf8.length;
    if (bytes > MAX_OBJECT_BYTES) {
      throw new RejectedObjectException(
          "Object too large: it is "
              + bytes
              + " bytes in UTF-8,"
              + " more than the 250 KB ("
              + MAX_OBJECT_BYTES
              + " bytes) an object may have");
    }
    return utf8;
  }

  private static long sourceTime(ObjectType type, String[] values, Instant now) {
    if (type.timestampField() < 0 || values[type.timestampField()] == null) {
      return now.toEpochMilli();
    }
    String value = values[type.timestampField()];
    try {
      return type.timestampFormat().parse(value);
    } catch (IllegalArgumentException e) {
      throw new RejectedObjectException(
          "Unparsable timestamp: field "
              + type.fields().get(type.timestampField()).name()
              + " is '"
              + value
              + "', which "
              + e.getMessage());
    }
  }

  /** Returns each key's normalized value, by key position; {@code null} where one is missing. */
  private static String[] keyValues(ObjectType type, String[] values) {
    List<KeyDefinition> keys = type.keys();
    String[] keyValues = new String[keys.size()];
    for (int k = 0; k < keyValues.length; k++) {
      keyValues[k] = keyValue(type, keys.get(k), values);
    }
    return keyValues;
  }

  /** Returns the keys an object keeps, as name, value, name, value..., in key order. */
  private static String[] objectKeys(ObjectType type, String[] keyValues) {
    List<KeyDefinition> keys = type.keys();
    int kept = 0;
    for (int k = 0; k < keyValues.length; k++) {
      kept += keyValues[k] != null && keys.get(k).kept() ? 1 : 0;
    }
    String[] pairs = new String[2 * kept];
    int n = 0;
    for (int k = 0; k < keyValues.length; k++) {
      if (keyValues[k] != null && keys.get(k).kept()) {
        pairs[n++] = keys.get(k).name();
        pairs[n++] = keyValues[k];
      }
    }
    return pairs;
  }

  /** Returns a key's value, or {@code null} when a field is missing (rejecting for UNIQUE). */
  private static String keyValue(ObjectType type, KeyDefinition k, String[] values) {
    int[] fields = k.fieldIndexes();
    if (fields.length == 1) {
      return keyPart(type, k, values, fields[0]);
    }
    StringBuilder joined = new StringBuilder();
    for (int index : fields) {
      String v = keyPart(type, k, values, index);
      if (v == null) {
        return null;
      }
      if (joined.length() > 0) {
        joined.append(KeyDefinition.JOINER);
      }
      joined.append(v);
    }
    return joined.toString();
  }

  private static String keyPart(ObjectType type, KeyDefinition k, String[] values, int index) {
    String v = values[index];
    FieldMapping f = type.fields().get(index);
    if (v != null) {
      v = KeyNormalizer.normalize(f.contentType(), v);
    }
    if (v == null || v.isEmpty()) {
      if (k.unique()) {
        throw new RejectedObjectException(
            "Missing UNIQUE key field: key "
                + k.name()
                + " needs field "
                + f.name()
                + " (Source "
                + f.source()
                + "), which the object lacks");
      }
      return null;
    }
    return v;
  }

  // ---------------------------------------------------------------- under the write lock

  private static String store(Domain domain, ObjectType type, PreparedObject p) {
    ObjectTypeCatalog catalog = ObjectTypeCatalog.of(domain);
    if (catalog.get(type.name()) == null) {
      throw new ResourceNotFoundException(
          "Object type " + type.name() + " not found in domain " + domain.name());
    }
    ProfileStore store = domain.store();
    String profileId = resolve(store, type, p);
    if (profileId == null) {
      if (!type.allowProfileCreation()) {
        throw new RejectedObjectException(noMatch(store, type, p));
      }
      // A new profile keeps every key the object keeps, NEW_ONLY ones included.
      store.createProfile(p.newProfile(), p.newStamps(), p.object());
      return p.uniqueKey();
    }
    checkQuota(store, type, profileId, p.object());
    writeFields(store, catalog, type, profileId, p);
    store.putObject(profileId, p.object());
    keepKeys(store, type, profileId, p.keyValues());
    return p.uniqueKey();
  }

  /**
   * Finds the object's profile: the first lookup key (SECONDARY ones last) whose value exactly one
   * profile has, else the profile holding an earlier object with its UNIQUE key, else {@code null}.
   */
  private static String resolve(ProfileStore store, ObjectType type, PreparedObject p) {
    List<KeyDefinition> keys = type.keys();
    for (int pass = 0; pass < 2; pass++) {
      boolean secondary = pass == 1;
      for (int k = 0; k < keys.size(); k++) {
        KeyDefinition key = keys.get(k);
        String value = p.keyValues()[k];
        if (value != null && key.lookup() && key.secondary() == secondary) {
          List<String> ids = store.find(key.name(), value);
          if (ids.size() == 1) {
            return ids.get(0);
          }
        }
      }
    }
    return store.ownerOf(p.object());
  }

  /** Explains why no profile was found; the lookups are made again, as the lock is still held. */
  private static String noMatch(ProfileStore store, ObjectType type, PreparedObject p) {
    List<String> tried = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    List<KeyDefinition> keys = type.keys();
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < keys.size(); k++) {
        KeyDefinition key = keys.get(k);
        String value = p.keyValues()[k];
        if (value != null && key.lookup() && key.secondary() == (pass == 1)) {
          tried.add(key.name() + "=" + value);
          int shared = store.find(key.name(), value).size();
          if (shared > 1) {
            ambiguous.add(key.name() + "=" + value + " (" + shared + " profiles)");
          }
        }
      }
    }
    return "No matching profile: "
        + (tried.isEmpty()
            ? "the object has no profile key values"
            : "no single profile has " + String.join(" or ", tried))
        + (ambiguous.isEmpty() ? "" : "; shared by several profiles, so not used: " + ambiguous)
        + ", and object type "
        + type.name()
        + " does not allow profile creation";
  }

  private static void checkQuota(
      ProfileStore store, ObjectType type, String profileId, ProfileObject object) {
    boolean replacesHere = profileId.equals(store.ownerOf(object));
    if (replacesHere) {
      return;
    }
    int held = store.objectCount(profileId, null);
    if (held >= ObjectType.MAX_OBJECTS_PER_PROFILE) {
      throw new RejectedObjectException(
          "Quota exceeded: profile "
              + profileId
              + " already holds "
              + held
              + " objects, the most a profile may hold");
    }
    Integer max = type.request().maxProfileObjectCount();
    if (max != null) {
      int ofType = store.objectCount(profileId, type.name());
      if (ofType >= max) {
        throw new RejectedObjectException(
            "Quota exceeded: profile "
                + profileId
                + " already holds "
                + ofType
                + " objects of type "
                + type.name()
                + ", its MaxProfileObjectCount");
      }
    }
  }

  private static void writeFields(
      ProfileStore store,
      ObjectTypeCatalog catalog,
      ObjectType type,
      String profileId,
      PreparedObject p) {
    String[] attributes = p.changedAttributes();
    if (attributes.length == 0) {
      return;
    }
    StoredProfile current = store.profile(profileId);
    FieldStamps stamps = current.stamps();
    int priority = type.sourcePriority();
    String[] accepted = new String[attributes.length];
    String[] values = new String[attributes.length];
    int n = 0;
    for (int i = 0; i < attributes.length; i++) {
      String source = stamps.source(attributes[i]);
      int theirs = source == null ? Integer.MAX_VALUE : catalog.priorityOf(source);
      if (source == null
          || priority < theirs
          || (priority == theirs && p.sourceMillis() >= stamps.updatedAtMillis(attributes[i]))) {
        accepted[n] = attributes[i];
        values[n++] = p.changedValues()[i];
      }
    }
    if (n > 0) {
      accepted = Arrays.copyOf(accepted, n);
      store.updateProfile(
          profileId,
          ProfileFields.apply(current.profile(), accepted, Arrays.copyOf(values, n)),
          stamps.with(Arrays.asList(accepted), p.sourceMillis(), type.name()));
    }
  }

  private static void keepKeys(
      ProfileStore store, ObjectType type, String profileId, String[] keyValues) {
    List<KeyDefinition> keys = type.keys();
    for (int k = 0; k < keyValues.length; k++) {
      KeyDefinition key = keys.get(k);
      if (keyValues[k] != null && key.kept() && !key.newOnly()) {
        store.addKeys(profileId, key.name(), List.of(keyValues[k]));
      }
    }
  }

  // ---------------------------------------------------------------- listing helpers

  private static List<String> filterValues(ProfileStore store, ObjectFilter filter) {
    List<String> forms = new ArrayList<>();
    for (String v : filter.values()) {
      for (FieldContentType t : store.contentTypes(filter.keyName())) {
        forms.add(KeyNormalizer.normalize(t, v));
      }
    }
    return forms;
  }

  private static boolean matches(ProfileObject o, String keyName, List<String> values) {
    for (String v : o.keyValues(keyName)) {
      if (values.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static long lastSequence(ProfileStore store, List<ListProfileObjectsItem> items) {
    return store.object(items.get(items.size() - 1).profileObjectUniqueKey()).sequence();
  }

  private static long parseSequence(String after, String token) {
    if (after == null) {
      return -1;
    }
    try {
      return Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "Invalid NextToken '" + token + "': it was not issued by " + LISTING);
    }
  }
}
