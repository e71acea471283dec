package io.profilesim.domain;

import com.google.common.collect.ImmutableSet;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.DomainStats;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A domain's profiles, their objects and their keys, with the counters behind {@code
 * GetDomain.Stats} kept exact at every step.
 *
 * <p>Locking: the store does not lock for its callers, because operations are made of several steps
 * that must be atomic together (find a profile by key, create it, add the object). Methods that
 * change the store require the domain's write lock and fail fast with {@link IllegalStateException}
 * without it; reads require the read or the write lock. {@link #snapshot()} and {@link #recount()}
 * take the read lock themselves.
 *
 * <p>What AWS leaves open, decided here:
 *
 * <ul>
 *   <li>Expiry: an object expires at the time fixed when it was ingested. {@link #expire(Instant)}
 *       removes what is due; the services call it (through {@link Domain#expireDue}) before every
 *       operation on the domain, so reads and {@code GetDomain.Stats} never see an expired object,
 *       and the weekly job calls it before taking its snapshot. A profile whose objects have all
 *       expired is deleted with its keys, as AWS expires "objects and profiles"; a profile that
 *       never held an object (CreateProfile alone) does not expire, and deleting objects one by one
 *       with DeleteProfileObject leaves the profile in place.
 *   <li>A profile with no objects counts once in {@code MeteringProfileCount}.
 *   <li>Merging may leave the main profile with more than 1,000 objects: the quota guards
 *       ingestion, and a merge that failed on it would lose the decision to merge.
 * </ul>
 */
public final class ProfileStore {
  /** Rebuild the expiry queue when it holds this many more stale entries than live objects. */
  private static final int STALE_SLACK = 1024;
  private static final int[] NO_FINGERPRINTS = {};

  private final String domainName;
  private final ReentrantReadWriteLock lock;
  private final DomainStatsCounter stats;
  private final IdGenerator ids;
  private final IdTable<ProfileEntry> profiles = IdTable.ofProfiles();
  private final IdTable<ProfileObject> objects = IdTable.ofObjects();
  private final KeyIndex index;
  private final ExpiryQueue expiryQueue = new ExpiryQueue();
  /** Replaced, never changed, so that {@link #derivedKeys} can read it without the lock. */
  private volatile Set<String> derivedKeysIndexed = Set.of();
  private volatile long nextExpiryMillis = Long.MAX_VALUE;
  private volatile Map<String, Set<FieldContentType>> keyContentTypes = Map.of();
  private long objectSequence;
  /**
   * Profile ids made so far: the next id is {@code ids.at} this number, counted here under the
   * lock with the store's other counters rather than in the generator's atomic counter.
   */
  private long profileSequence;

  ProfileStore(
      String domainName,
      ReentrantReadWriteLock lock,
      DomainStatsCounter stats,
      long seed,
      KeyIndex index) {
    this.domainName = domainName;
    this.lock = lock;
    this.stats = stats;
    this.ids = new IdGenerator(seed, "profile/" + domainName);
    this.index = index;
  }

  // ---------------------------------------------------------------- reads

  /** Returns how many profiles the store holds. Requires the read or write lock. */
  public int size() {
    requireReadLock();
    return profiles.size();
  }

  /** Returns a profile, or {@code null} if there is none with that id. Requires the read lock. */
  public StoredProfile profile(String profileId) {
    requireReadLock();
    ProfileEntry e = profiles.get(profileId);
    return e == null ? null : e.view();
  }

  /**
   * Returns a profile. Requires the read lock.
   *
   * @throws ResourceNotFoundException if there is no profile with that id
   */
  public StoredProfile requireProfile(String profileId) {
    requireReadLock();
    return entry(profileId).view();
  }

  /**
   * Returns the ids of the profiles that have a key value, in the order they gained it (or, should
   * its 32-bit {@linkplain KeyPairs#fingerprint fingerprint} be another pair's too, in the order
   * they were filed under it, which is as deterministic). {@code
   * _profileId} finds the profile of that id. A derived key ({@link StandardKeys}) finds profiles
   * only once {@linkplain #indexDerivedKey indexed}. Requires the read lock.
   *
   * @param value the value in its normalized form
   */
  public List<String> find(String keyName, String value) {
    requireReadLock();
    if (StandardKeys.PROFILE_ID.equals(keyName)) {
      return profiles.get(value) != null ? List.of(value) : List.of();
    }
    // Ingestion looks up several keys per object, and most find nothing or one profile.
    Object found = index.get(KeyPairs.fingerprint(keyName, value));
    if (found == null) {
      return List.of();
    }
    if (found instanceof ProfileEntry single) {
      return holds(single, keyName, value) ? List.of(single.id()) : List.of();
    }
    ProfileEntry[] many = (ProfileEntry[]) found;
    String[] ids = new String[many.length];
    int n = 0;
    for (ProfileEntry e : many) {
      if (holds(e, keyName, value)) {
        ids[n++] = e.id();
      }
    }
    return List.of(n == ids.length ? ids : Arrays.copyOf(ids, n));
  }

  /** Returns whether profile fields' values of a derived key are in the index. */
  public boolean isDerivedKeyIndexed(String keyName) {
    requireReadLock();
    return derivedKeysIndexed.contains(keyName);
  }

  /** Returns the key values a profile has been given (by objects or AddProfileKey), by name. */
  public Map<String, List<String>> keys(String profileId) {
    requireReadLock();
    ProfileEntry e = entry(profileId);
    Map<String, List<String>> keys = new LinkedHashMap<>();
    String[] pairs = KeyPairs.unpack(e.keys);
    for (int i = 0; i < pairs.length; i += 2) {
      keys.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return keys;
  }

  /**
   * Returns how many objects a profile holds, of one type or (for a {@code null} type) in all.
   * Requires the read lock.
   */
  public int objectCount(String profileId, String objectTypeName) {
    requireReadLock();
    ProfileEntry e = entry(profileId);
    if (objectTypeName == null) {
      return e.objectCount();
    }
    int n = 0;
    for (ProfileObject o : e.objects()) {
      n += o.objectTypeName().equals(objectTypeName) ? 1 : 0;
    }
    return n;
  }

  /** Returns a profile's objects in the order they were stored. Requires the read lock. */
  public List<ProfileObject> objects(String profileId) {
    requireReadLock();
    ProfileEntry e = entry(profileId);
    return List.copyOf(e.objects());
  }

  /** Returns the object with that unique key, or {@code null}. Requires the read lock. */
  public ProfileObject object(String uniqueKey) {
    requireReadLock();
    return objects.get(uniqueKey);
  }

  /** Returns the id of the profile holding an object, or {@code null}. Requires the read lock. */
  public String ownerOf(String uniqueKey) {
    requireReadLock();
    ProfileObject o = objects.get(uniqueKey);
    return o == null ? null : o.owner.id();
  }

  /**
   * Returns the id of the profile holding an object with {@code object}'s unique key (an earlier
   * version of it), or {@code null}: ingestion asks this under the lock, with the key it holds
   * as numbers already. Requires the read lock.
   */
  public String ownerOf(ProfileObject object) {
    requireReadLock();
    ProfileObject o = objects.withIdOf(object);
    return o == null ? null : o.owner.id();
  }

  /**
   * Returns the content types by which the values of a custom key are normalized (one per object
   * type field that feeds it), or the derived key's own type; {@code STRING} for a key no object
   * type defines.
   */
  public Set<FieldContentType> contentTypes(String keyName) {
    FieldContentType derived = StandardKeys.CONTENT_TYPES.get(keyName);
    if (derived != null) {
      return Set.of(derived);
    }
    Set<FieldContentType> types = keyContentTypes.get(keyName);
    return types == null || types.isEmpty() ? Set.of(FieldContentType.STRING) : types;
  }

  /**
   * Returns every profile as it is now, in creation order: a consistent view taken under the read
   * lock, which nothing written later changes. It makes a record of each profile's fields; {@link
   * #profiles()} makes them as they are read.
   */
  public List<StoredProfile> snapshot() {
    lock.readLock().lock();
    try {
      StoredProfile[] all = new StoredProfile[profiles.size()];
      int i = 0;
      for (ProfileEntry e : profiles.values()) {
        all[i++] = e.view();
      }
      return List.of(all);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Returns every profile's fields as they are now, in creation order: a consistent view taken
   * under the read lock, as the job reads it. It holds each profile's packed fields, not a record,
   * so it costs a reference per profile; each {@code get} makes the profile anew, so read each one
   * once. Nothing written later changes it.
   */
  public List<Profile> profiles() {
    lock.readLock().lock();
    try {
      // Ids as numbers, as the entries hold them: the job's copy costs no String per profile.
      long[] ids = new long[2 * profiles.size()];
      Object[] fields = new Object[profiles.size()];
      int i = 0;
      for (ProfileEntry e : profiles.values()) {
        ids[2 * i] = e.idHigh;
        ids[2 * i + 1] = e.idLow;
        fields[i++] = e.fields();
      }
      return new PackedList(ids, fields);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Profiles made from fields as entries hold them, on each read. */
  private static final class PackedList extends AbstractList<Profile> implements RandomAccess {
    /** Profile i's id is {@code ids[2i]} (high) and {@code ids[2i + 1]} (low). */
    private final long[] ids;
    private final Object[] fields;

    PackedList(long[] ids, Object[] fields) {
      this.ids = ids;
      this.fields = fields;
    }

    @Override
    public Profile get(int index) {
      String id = new IdGenerator.Id(ids[2 * index], ids[2 * index + 1]).toString();
      return ProfileEntry.profile(id, fields[index]);
    }

    @Override
    public int size() {
      return fields.length;
    }
  }

  /** Counts the statistics from scratch; they always equal the incremental ones. */
  public DomainStats recount() {
    lock.readLock().lock();
    try {
      long metering = 0;
      long objectCount = 0;
      long bytes = 0;
      for (ProfileEntry e : profiles.values()) {
        metering += DomainStatsCounter.meteringUnits(e.objectCount());
        objectCount += e.objectCount();
        for (ProfileObject o : e.objects()) {
          bytes += o.sizeBytes();
        }
      }
      return new DomainStats((long) profiles.size(), metering, objectCount, bytes);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Returns when the next object expires, epoch milliseconds; readable without a lock. */
  public long nextExpiryMillis() {
    return nextExpiryMillis;
  }

  // ---------------------------------------------------------------- profile writes

  /**
   * Adds a profile with a new id and returns the id. Requires the write lock.
   *
   * @param fields the profile's fields; its {@code profileId} is ignored
   */
  public String createProfile(Profile fields, FieldStamps stamps) {
    return createProfile(prepare(fields), stamps);
  }

  /**
   * Makes a new profile's fields ready to store: packs them, and finds the values of the indexed
   * derived keys ({@link StandardKeys}) they have. Readable without the lock, so that ingestion
   * does this work (normalizing emails and phone numbers among it) before it takes the lock for
   * {@link #createProfile(NewProfile, FieldStamps)}.
   *
   * @param fields the profile's fields; its {@code profileId} is ignored
   */
  public NewProfile prepare(Profile fields) {
    return prepared(ProfileEntry.pack(fields), name -> StandardKeys.values(name, fields));
  }

  /**
   * Makes ready to store the new profile that {@code values} make, {@code values[i]} for the
   * plan's attribute {@code i}, as {@link #prepare(Profile)} does for the profile {@code
   * ProfileFields.apply} makes of them: packed straight from the values, without the record.
   * Readable without the lock.
   *
   * @throws IllegalArgumentException if an enumerated value is not one of its constants
   */
  public NewProfile prepare(AttributePlan plan, String[] values) {
    return prepared(plan.pack(values), name -> plan.derivedValues(name, values));
  }

  private NewProfile prepared(Object packed, Function<String, List<String>> derived) {
    Set<String> names = derivedKeysIndexed;
    if (names.isEmpty()) {
      // Most domains index no derived key: no list and array per new profile for nothing.
      return new NewProfile(packed, names, NO_FINGERPRINTS);
    }
    int[] fingerprints = new int[4];
    int n = 0;
    for (String name : names) {
      for (String v : derived.apply(name)) {
        if (n == fingerprints.length) {
          fingerprints = Arrays.copyOf(fingerprints, 2 * n);
        }
        fingerprints[n++] = KeyPairs.fingerprint(name, v);
      }
    }
    return new NewProfile(
        packed, names, n == fingerprints.length ? fingerprints : Arrays.copyOf(fingerprints, n));
  }

  /**
   * A new profile's fields as {@link #prepare} made them ready: packed, and the fingerprints of
   * the derived key values they have, under the names indexed then.
   */
  public static final class NewProfile {
    private final Object fields;
    private final Set<String> derivedNames;
    private final int[] derivedFingerprints;

    private NewProfile(Object fields, Set<String> derivedNames, int[] derivedFingerprints) {
      this.fields = fields;
      this.derivedNames = derivedNames;
      this.derivedFingerprints = derivedFingerprints;
    }
  }

  /**
   * Adds a profile with a new id and returns the id, indexing it under the derived key values
   * {@link #prepare} found, unless another derived key was indexed since. Requires the write lock.
   */
  public String createProfile(NewProfile fields, FieldStamps stamps) {
    requireWriteLock();
    return create(fields, stamps).id();
  }

  /**
   * Adds a profile with a new id, as {@link #createProfile(NewProfile, FieldStamps)} does, and
   * stores its first object in it, as {@link #putObject} does: the profile keeps every key the
   * object keeps ({@code _profileId} values aside), {@code NEW_ONLY} ones included. Ingestion
   * creates profiles this way, in one step that finds the new profile once. Requires the write
   * lock.
   */
  public void createProfile(NewProfile fields, FieldStamps stamps, ProfileObject first) {
    requireWriteLock();
    ProfileEntry e = create(fields, stamps);
    putObject(e, first);
    addObjectKeys(e, first);
  }

  private ProfileEntry create(NewProfile fields, FieldStamps stamps) {
    while (true) {
      ProfileEntry e = new ProfileEntry(ids.bitsAt(profileSequence++), fields.fields, stamps);
      // 128-bit ids do not collide in practice; the loop keeps that from being an assumption.
      if (profiles.putIfAbsent(e) == null) {
        if (fields.derivedNames == derivedKeysIndexed) {
          for (int fingerprint : fields.derivedFingerprints) {
            index.add(fingerprint, e);
          }
        } else {
          indexDerived(e, null);
        }
        stats.profileAdded(0);
        return e;
      }
    }
  }

  /**
   * Replaces a profile's fields and stamps. Requires the write lock.
   *
   * @throws ResourceNotFoundException if there is no such profile
   */
  public void updateProfile(String profileId, Profile fields, FieldStamps stamps) {
    requireWriteLock();
    ProfileEntry e = entry(profileId);
    Object before = e.fields();
    e.fields(ProfileEntry.pack(fields));
    e.stamps = stamps;
    indexDerived(e, before);
  }

  /**
   * Deletes a profile with its objects and keys. Requires the write lock.
   *
   * @throws ResourceNotFoundException if there is no such profile
   */
  public void deleteProfile(String profileId) {
    requireWriteLock();
    remove(entry(profileId));
  }

  /**
   * Gives a profile key values; values it has already are ignored. {@code _profileId} values are
   * never stored: every profile has its own. Requires the write lock.
   *
   * @param values normalized values
   * @throws ResourceNotFoundException if there is no such profile
   */
  public void addKeys(String profileId, String keyName, Collection<String> values) {
    requireWriteLock();
    ProfileEntry e = entry(profileId);
    if (StandardKeys.PROFILE_ID.equals(keyName)) {
      return;
    }
    for (String v : values) {
      if (e.addKey(keyName, v)) {
        index.add(KeyPairs.fingerprint(keyName, v), e);
      }
    }
  }

  /**
   * Gives a profile the keys of one of its objects, all of them, as when the object created the
   * profile. {@code _profileId} values are never stored.
   */
  private void addObjectKeys(ProfileEntry e, ProfileObject object) {
    byte[] packed = object.packedKeys();
    if (!KeyPairs.containsName(packed, StandardKeys.PROFILE_ID) && e.adoptKeys(packed)) {
      for (int fingerprint : KeyPairs.fingerprints(packed)) {
        index.add(fingerprint, e);
      }
      return;
    }
    String[] pairs = KeyPairs.unpack(packed);
    for (int i = 0; i < pairs.length; i += 2) {
      if (!StandardKeys.PROFILE_ID.equals(pairs[i]) && e.addKey(pairs[i], pairs[i + 1])) {
        index.add(KeyPairs.fingerprint(pairs[i], pairs[i + 1]), e);
      }
    }
  }

  /**
   * Takes key values from a profile and returns how many it had. A value the profile's own fields
   * give (a derived key) stays findable. Requires the write lock.
   *
   * @throws ResourceNotFoundException if there is no such profile
   */
  public int removeKeys(String profileId, String keyName, Collection<String> values) {
    requireWriteLock();
    ProfileEntry e = entry(profileId);
    int removed = 0;
    for (String v : values) {
      if (e.removeKey(keyName, v)) {
        removed++;
        unfile(e, KeyPairs.fingerprint(keyName, v));
      }
    }
    return removed;
  }

  /**
   * Starts indexing a derived key ({@link StandardKeys}): every profile's values of it become
   * findable, now and after every later change. Indexing is lazy because most domains never look
   * profiles up by their fields, and the index would cost memory on every profile. Requires the
   * write lock.
   */
  public void indexDerivedKey(String keyName) {
    requireWriteLock();
    if (!StandardKeys.isDerived(keyName) || derivedKeysIndexed.contains(keyName)) {
      return;
    }
    derivedKeysIndexed =
        ImmutableSet.<String>builder().addAll(derivedKeysIndexed).add(keyName).build();
    for (ProfileEntry e : profiles.values()) {
      for (String v : StandardKeys.values(keyName, e.profile())) {
        index.add(KeyPairs.fingerprint(keyName, v), e);
      }
    }
  }

  /**
   * Sets the content types by which each custom key's values are normalized, as the domain's object
   * types define them. Requires the write lock.
   */
  public void contentTypes(Map<String, Set<FieldContentType>> byKeyName) {
    requireWriteLock();
    Map<String, Set<FieldContentType>> copy = new HashMap<>();
    byKeyName.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    keyContentTypes = Map.copyOf(copy);
  }

  // ---------------------------------------------------------------- object writes

  /**
   * Stores an object in a profile. An object with the same unique key, in this profile or another,
   * is replaced: the new version counts where it now lives. Requires the write lock.
   *
   * @throws ResourceNotFoundException if there is no such profile
   */
  public void putObject(String profileId, ProfileObject object) {
    requireWriteLock();
    putObject(entry(profileId), object);
  }

  private void putObject(ProfileEntry target, ProfileObject object) {
    ProfileObject previous = objects.put(object);
    if (previous != null) {
      takeFromOwner(previous);
    }
    object.sequence(objectSequence++);
    object.owner = target;
    int before = target.objectCount();
    target.addObject(object);
    stats.objectsChanged(before, before + 1, object.sizeBytes());
    enqueueExpiry(object);
  }

  /**
   * Deletes an object; the profile stays. Requires the write lock.
   *
   * @return whether there was such an object
   */
  public boolean removeObject(String uniqueKey) {
    requireWriteLock();
    ProfileObject o = objects.get(uniqueKey);
    if (o == null) {
      return false;
    }
    detach(o);
    return true;
  }

  /**
   * Deletes every object of a type and clears the profile fields whose value came from it (as
   * DeleteProfileObjectType "scrubs all of the fields of the standard profile that were populated
   * from this ProfileObjectType"). Profiles and their keys stay. Requires the write lock.
   *
   * @return how many objects were deleted
   */
  public int removeObjectType(String objectTypeName) {
    requireWriteLock();
    int removed = 0;
    for (ProfileEntry e : profiles.values()) {
      for (ProfileObject o : List.copyOf(e.objects())) {
        if (o.objectTypeName().equals(objectTypeName)) {
          detach(o);
          removed++;
        }
      }
      List<String> scrubbed = e.stamps.attributesFrom(objectTypeName);
      if (!scrubbed.isEmpty()) {
        Map<String, String> clears = new HashMap<>();
        scrubbed.forEach(a -> clears.put(a, null));
        Object before = e.fields();
        e.fields(ProfileEntry.pack(ProfileFields.apply(e.profile(), clears)));
        e.stamps = e.stamps.without(scrubbed);
        indexDerived(e, before);
      }
    }
    return removed;
  }

  // ---------------------------------------------------------------- merge and expiry

  /**
   * Merges profiles into a main profile, the store's half of MergeProfiles and auto-merging: the
   * objects and keys of every merged profile move to the main one, the merged profiles are deleted,
   * and the main profile takes the given fields and stamps (the caller resolved the conflicts).
   * Statistics stay exact: the profile count drops, object count and size do not change, and {@code
   * MeteringProfileCount} follows the main profile's new object count. Requires the write lock.
   *
   * @param merged the profiles to merge into the main one; none may be the main one
   * @param fields the main profile's resulting fields ({@code profileId} is ignored)
   * @param stamps the provenance of those fields
   * @throws ResourceNotFoundException if a profile does not exist
   * @throws IllegalArgumentException if {@code merged} repeats a profile or holds the main one
   */
  public void merge(
      String mainProfileId, Collection<String> merged, Profile fields, FieldStamps stamps) {
    requireWriteLock();
    ProfileEntry main = entry(mainProfileId);
    List<ProfileEntry> others = new ArrayList<>(merged.size());
    for (String id : new LinkedHashSet<>(merged)) {
      if (id.equals(mainProfileId)) {
        throw new IllegalArgumentException("profile " + id + " cannot be merged into itself");
      }
      others.add(entry(id));
    }
    if (others.size() != merged.size()) {
      throw new IllegalArgumentException("merged profiles repeat: " + merged);
    }
    for (ProfileEntry other : others) {
      moveObjects(other, main);
      moveKeys(other, main);
      remove(other);
    }
    main.sortObjects();
    updateProfile(mainProfileId, fields, stamps);
  }

  /**
   * Removes every object that has expired by {@code now}, and every profile left without objects by
   * it. Requires the write lock.
   *
   * @return how many objects expired
   */
  public int expire(Instant now) {
    requireWriteLock();
    long nowMillis = now.toEpochMilli();
    int expired = 0;
    while (!expiryQueue.isEmpty() && expiryQueue.peek().expiresAtMillis() <= nowMillis) {
      ProfileObject o = expiryQueue.poll();
      if (!objects.holds(o)) {
        continue;
      }
      ProfileEntry owner = o.owner;
      detach(o);
      expired++;
      if (owner.objectCount() == 0) {
        remove(owner);
      }
    }
    updateNextExpiry();
    return expired;
  }

  // ---------------------------------------------------------------- internals

  private ProfileEntry entry(String profileId) {
    ProfileEntry e = profiles.get(profileId);
    if (e == null) {
      throw new ResourceNotFoundException(notFound(profileId));
    }
    return e;
  }

  /** Returns the message of the error for a missing profile. */
  public String notFound(String profileId) {
    return "Profile " + profileId + " not found in domain " + domainName;
  }

  private void remove(ProfileEntry e) {
    int count = e.objectCount();
    if (count > 0) {
      long bytes = 0;
      for (ProfileObject o : e.takeObjects()) {
        objects.remove(o);
        bytes += o.sizeBytes();
      }
      stats.objectsChanged(count, 0, -bytes);
    }
    for (int fingerprint : KeyPairs.fingerprints(e.keys)) {
      index.remove(fingerprint, e);
    }
    Profile fields = derivedKeysIndexed.isEmpty() ? null : e.profile();
    for (String name : derivedKeysIndexed) {
      for (String v : StandardKeys.values(name, fields)) {
        index.remove(KeyPairs.fingerprint(name, v), e);
      }
    }
    profiles.remove(e);
    stats.profileRemoved(0);
  }

  /** Takes an object out of its profile and the object map; the expiry queue forgets it lazily. */
  private void detach(ProfileObject o) {
    objects.remove(o);
    takeFromOwner(o);
  }

  private void takeFromOwner(ProfileObject o) {
    ProfileEntry owner = o.owner;
    int before = owner.objectCount();
    owner.removeObject(o);
    stats.objectsChanged(before, before - 1, -o.sizeBytes());
  }

  private void moveObjects(ProfileEntry from, ProfileEntry to) {
    int moving = from.objectCount();
    if (moving == 0) {
      return;
    }
    long bytes = 0;
    for (ProfileObject o : from.takeObjects()) {
      o.owner = to;
      to.addObject(o);
      bytes += o.sizeBytes();
    }
    stats.objectsChanged(moving, 0, -bytes);
    int after = to.objectCount();
    stats.objectsChanged(after - moving, after, bytes);
  }

  private void moveKeys(ProfileEntry from, ProfileEntry to) {
    String[] keys = KeyPairs.unpack(from.keys);
    for (int i = 0; i < keys.length; i += 2) {
      if (to.addKey(keys[i], keys[i + 1])) {
        index.add(KeyPairs.fingerprint(keys[i], keys[i + 1]), to);
      }
    }
  }

  /**
   * Brings the derived keys of a profile in the index up to date after its fields changed.
   *
   * @param before the fields as the entry held them before, or null for a new profile
   */
  private void indexDerived(ProfileEntry e, Object before) {
    if (derivedKeysIndexed.isEmpty()) {
      return;
    }
    Profile fields = e.profile();
    Profile old = before == null ? null : ProfileEntry.profile(e.id(), before);
    for (String name : derivedKeysIndexed) {
      List<String> now = StandardKeys.values(name, fields);
      if (old != null) {
        for (String v : StandardKeys.values(name, old)) {
          if (!now.contains(v)) {
            unfile(e, KeyPairs.fingerprint(name, v));
          }
        }
      }
      for (String v : now) {
        index.add(KeyPairs.fingerprint(name, v), e);
      }
    }
  }

  /** Returns whether a profile has a key value, given or derived from an indexed field. */
  private boolean holds(ProfileEntry e, String keyName, String value) {
    return e.hasKey(keyName, value)
        || derivedKeysIndexed.contains(keyName)
            && StandardKeys.values(keyName, e.profile()).contains(value);
  }

  /**
   * Takes a profile out of the index under a fingerprint after it lost a pair of it, unless it
   * still holds another pair of that fingerprint: the index files a profile once per fingerprint.
   */
  private void unfile(ProfileEntry e, int fingerprint) {
    for (int held : KeyPairs.fingerprints(e.keys)) {
      if (index.filesTogether(held, fingerprint)) {
        return;
      }
    }
    Profile fields = derivedKeysIndexed.isEmpty() ? null : e.profile();
    for (String name : derivedKeysIndexed) {
      for (String v : StandardKeys.values(name, fields)) {
        if (index.filesTogether(KeyPairs.fingerprint(name, v), fingerprint)) {
          return;
        }
      }
    }
    index.remove(fingerprint, e);
  }

  private void enqueueExpiry(ProfileObject o) {
    if (expiryQueue.size() > 2 * objects.size() + STALE_SLACK) {
      expiryQueue.clear();
      objects.values().forEach(expiryQueue::add);
      updateNextExpiry();
    } else {
      expiryQueue.add(o);
      // The head is now the earlier of the two. Reading it instead would touch the oldest object
      // in the store for every object stored, a cache miss each in a large store.
      if (o.expiresAtMillis() < nextExpiryMillis) {
        nextExpiryMillis = o.expiresAtMillis();
      }
    }
  }

  private void updateNextExpiry() {
    ProfileObject head = expiryQueue.peek();
    nextExpiryMillis = head == null ? Long.MAX_VALUE : head.expiresAtMillis();
  }

  private void requireWriteLock() {
    if (!lock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException(
          "changing the store of domain " + domainName + " requires the domain's write lock");
    }
  }

  private void requireReadLock() {
    if (!lock.isWriteLockedByCurrentThread() && lock.getReadHoldCount() == 0) {
      throw new IllegalStateException(
          "reading the store of domain "
              + domainName
              + " requires the domain's read or write lock");
    }
  }
}
