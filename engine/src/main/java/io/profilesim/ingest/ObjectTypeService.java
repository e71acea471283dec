package io.profilesim.ingest;

import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.PageToken;
import io.profilesim.domain.ServiceContext;
import io.profilesim.domain.StandardKeys;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.DeleteProfileObjectTypeRequest;
import io.profilesim.model.DeleteProfileObjectTypeResponse;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.GetProfileObjectTypeRequest;
import io.profilesim.model.GetProfileObjectTypeResponse;
import io.profilesim.model.ListProfileObjectTypeItem;
import io.profilesim.model.ListProfileObjectTypesRequest;
import io.profilesim.model.ListProfileObjectTypesResponse;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.PutProfileObjectTypeResponse;
import io.profilesim.validation.ShapeValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The object type operations: PutProfileObjectType, GetProfileObjectType, DeleteProfileObjectType
 * and ListProfileObjectTypes.
 *
 * <p>Redefining a type keeps its CreatedAt and applies to objects ingested from then on; objects
 * already stored keep the keys, fields and expiry they were ingested with, as AWS does for
 * retention ("Changing the retention for a specific object type only applies to new data").
 */
public final class ObjectTypeService {
  private static final int DEFAULT_PAGE_SIZE = 100;
  private static final String LISTING = "ListProfileObjectTypes";

  private final ServiceContext context;
  private final DomainRegistry registry;

  public ObjectTypeService(ServiceContext context, DomainRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  /**
   * Defines or redefines an object type.
   *
   * @throws BadRequestException listing every problem of the definition, or when the domain already
   *     has {@value ObjectTypeCatalog#MAX_OBJECT_TYPES} types
   */
  public PutProfileObjectTypeResponse putProfileObjectType(PutProfileObjectTypeRequest r) {
    Instant now = context.now();
    ObjectType compiled = ObjectTypeRules.compile(r, context.seed(), now, now);
    Domain domain = registry.get(r.domainName());
    domain.expireDue(now);
    ObjectTypeCatalog catalog = ObjectTypeCatalog.of(domain);
    return domain.write(
        () -> {
          ObjectType existing = catalog.get(r.objectTypeName());
          if (existing == null && catalog.all().size() >= ObjectTypeCatalog.MAX_OBJECT_TYPES) {
            throw new BadRequestException(
                "Cannot create object type "
                    + r.objectTypeName()
                    + ": domain "
                    + domain.name()
                    + " already has "
                    + ObjectTypeCatalog.MAX_OBJECT_TYPES
                    + " object types, the most Customer Profiles allows");
          }
          ObjectType type =
              existing == null ? compiled : compiled.firstDefinedAt(existing.createdAt());
          catalog.put(type);
          keysChanged(domain, catalog);
          return type.toPutResponse();
        });
  }

  public GetProfileObjectTypeResponse getProfileObjectType(GetProfileObjectTypeRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = registry.get(r.domainName());
    return domain.read(() -> require(domain, r.objectTypeName()).toGetResponse());
  }

  /**
   * Deletes an object type with all its objects, and clears the profile fields whose values came
   * from it. Profiles and their keys stay.
   */
  public DeleteProfileObjectTypeResponse deleteProfileObjectType(DeleteProfileObjectTypeRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = registry.get(r.domainName());
    domain.expireDue(context.now());
    ObjectTypeCatalog catalog = ObjectTypeCatalog.of(domain);
    int removed =
        domain.write(
            () -> {
              require(domain, r.objectTypeName());
              catalog.remove(r.objectTypeName());
              keysChanged(domain, catalog);
              return domain.store().removeObjectType(r.objectTypeName());
            });
    return new DeleteProfileObjectTypeResponse(
        "Object type "
            + r.objectTypeName()
            + " was deleted"
            + " with its "
            + removed
            + " object(s); the profile fields it populated were cleared");
  }

  /** Lists the object types in name order; {@code MaxResults} defaults to 100. */
  public ListProfileObjectTypesResponse listProfileObjectTypes(ListProfileObjectTypesRequest r) {
    ShapeValidator.standard().validate(r);
    Domain domain = registry.get(r.domainName());
    String after = PageToken.decode(LISTING, r.nextToken());
    int max = r.maxResults() == null ? DEFAULT_PAGE_SIZE : r.maxResults();
    NavigableMap<String, ObjectType> all = domain.read(() -> ObjectTypeCatalog.of(domain).all());
    NavigableMap<String, ObjectType> rest = after == null ? all : all.tailMap(after, false);
    List<ListProfileObjectTypeItem> items = new ArrayList<>();
    for (ObjectType t : rest.values()) {
      if (items.size() == max) {
        break;
      }
      items.add(t.toListItem());
    }
    String next = null;
    if (items.size() == max && rest.size() > max) {
      next = PageToken.encode(LISTING, items.get(max - 1).objectTypeName());
    }
    return new ListProfileObjectTypesResponse(items, next);
  }

  static ObjectType require(Domain domain, String name) {
    ObjectType type = ObjectTypeCatalog.of(domain).get(name);
    if (type == null) {
      throw new ResourceNotFoundException(
          "Object type " + name + " not found in domain " + domain.name());
    }
    return type;
  }

  /**
   * Tells the store how each key's values compare, and starts indexing the predefined keys that
   * profiles have through their fields when a type looks profiles up by one of them (as a contact
   * record's {@code _phone} key finds a profile made by CreateProfile).
   */
  private static void keysChanged(Domain domain, ObjectTypeCatalog catalog) {
    Map<String, Set<FieldContentType>> types = new TreeMap<>();
    for (ObjectType t : catalog.all().values()) {
      for (KeyDefinition k : t.keys()) {
        types
            .computeIfAbsent(k.name(), n -> EnumSet.noneOf(FieldContentType.class))
            .add(k.contentType());
        if (k.lookup() && StandardKeys.isDerived(k.name())) {
          domain.store().indexDerivedKey(k.name());
        }
      }
    }
    domain.store().contentTypes(types);
  }
}
