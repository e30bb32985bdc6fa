package io.salesplatform.platform.plugin;

import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which companies may choose a plugin version, and which companies' current settings select one
 * (ADR 20). Platform data in {@code plugin_availability}: a version without a row is available to
 * every company; a version uploaded through the API gets a row naming the companies, or all.
 */
@ApplicationScoped
public class PluginAvailability {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "sales")
  EntityManager entityManager;

  /**
   * To whom a plugin version is available.
   *
   * @param allTenants every company
   * @param tenants the companies' ids, when not every company
   */
  public record Audience(boolean allTenants, Set<UUID> tenants) {

    public static final Audience EVERYONE = new Audience(true, Set.of());
    public static final Audience NOBODY = new Audience(false, Set.of());

    public Audience {
      tenants = allTenants ? Set.of() : Set.copyOf(tenants);
    }

    public boolean includes(UUID tenant) {
      return allTenants || tenants.contains(tenant);
    }
  }

  /** Every plugin version's audience, by {@code id@version}; versions not listed are for all. */
  @Transactional
  public Map<String, Audience> audiences() {
    Map<String, Audience> audiences = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select plugin_id, version, all_tenants, tenants::text from plugin_availability")
            .getResultList();
    for (Object[] row : rows) {
      audiences.put(
          key((String) row[0], (String) row[1]),
          new Audience((Boolean) row[2], ids((String) row[3])));
    }
    return audiences;
  }

  /** The audience of one plugin version. */
  public Audience audience(String pluginId, String version) {
    return audiences().getOrDefault(key(pluginId, version), Audience.EVERYONE);
  }

  /** Whether company {@code tenant} may choose {@code pluginId} {@code version}. */
  public boolean isAvailable(UUID tenant, String pluginId, String version) {
    return audience(pluginId, version).includes(tenant);
  }

  /** Makes {@code pluginId} {@code version} available to {@code audience}. */
  @Transactional
  public void set(String pluginId, String version, Audience audience, String by, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into plugin_availability"
                + " (plugin_id, version, all_tenants, tenants, changed_by, changed_at)"
                + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6)"
                + " on conflict (plugin_id, version) do update set all_tenants = excluded.all_tenants,"
                + " tenants = excluded.tenants, changed_by = excluded.changed_by,"
                + " changed_at = excluded.changed_at")
        .setParameter(1, pluginId)
        .setParameter(2, version)
        .setParameter(3, audience.allTenants())
        .setParameter(
            4, JSON.toJson(audience.tenants().stream().map(UUID::toString).sorted().toList()))
        .setParameter(5, by)
        .setParameter(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Forgets the availability of a removed plugin version. */
  @Transactional
  public void forget(String pluginId, String version) {
    entityManager
        .createNativeQuery("delete from plugin_availability where plugin_id = ?1 and version = ?2")
        .setParameter(1, pluginId)
        .setParameter(2, version)
        .executeUpdate();
  }

  /**
   * The companies whose current settings select {@code pluginId} {@code version} for any extension
   * point, the defaults included for companies (or points) their settings leave to them.
   */
  @Transactional
  public Set<UUID> users(String pluginId, String version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select tenant_id, point, plugin_id, version from plugin_selections()")
            .getResultList();
    Map<UUID, Map<String, String>> selections = new HashMap<>();
    for (Object[] row : rows) {
      UUID tenant = row[0] instanceof UUID id ? id : UUID.fromString(String.valueOf(row[0]));
      Map<String, String> points = selections.computeIfAbsent(tenant, t -> new HashMap<>());
      if (row[1] != null) {
        points.put((String) row[1], row[2] == null ? null : key((String) row[2], (String) row[3]));
      }
    }
    Map<PluginPoint, PluginSelection> defaults = TenantSettings.defaults().plugins();
    String wanted = key(pluginId, version);
    Set<UUID> users = new LinkedHashSet<>();
    selections.forEach(
        (tenant, points) -> {
          for (PluginPoint point : PluginPoint.values()) {
            String chosen;
            if (points.containsKey(point.id())) {
              chosen = points.get(point.id());
            } else {
              PluginSelection byDefault = defaults.get(point);
              chosen = byDefault == null ? null : key(byDefault.pluginId(), byDefault.version());
            }
            if (wanted.equals(chosen)) {
              users.add(tenant);
            }
          }
        });
    return users;
  }

  /** The slugs of the companies {@code ids} that still exist, in slug order. */
  @Transactional
  public List<String> slugs(Set<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery("select id, slug from tenant order by slug")
            .getResultList();
    return rows.stream()
        .filter(
            row ->
                ids.contains(
                    row[0] instanceof UUID id ? id : UUID.fromString(String.valueOf(row[0]))))
        .map(row -> (String) row[1])
        .toList();
  }

  static String key(String pluginId, String version) {
    return pluginId + "@" + version;
  }

  private static Set<UUID> ids(String json) {
    @SuppressWarnings("unchecked")
    Collection<String> ids = JSON.fromJson(json, List.class);
    Set<UUID> set = new LinkedHashSet<>();
    ids.forEach(id -> set.add(UUID.fromString(id)));
    return set;
  }
}
