package io.salesplatform.platform.team;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A team of the company's sales staff: a manager and members. A person may belong to several teams
 * (a regional team and a product team, say), and the manager need not be a member; the team's
 * people are its manager and its members.
 */
@Entity
@Table(name = "team")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Team {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type IDS = new ArrayList<String>() {}.getClass().getGenericSuperclass();

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "manager_id", nullable = false)
  private String managerId;

  /** The members' user ids as a JSON list, in the order given. */
  @Column(name = "member_ids", nullable = false, columnDefinition = "jsonb")
  private String memberIds;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Team() {}

  public Team(String name, String managerId, List<String> memberIds, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    take(name, managerId, memberIds, now);
  }

  /** Takes a new name, manager and members; true when anything changed. */
  public boolean change(
      String newName, String newManagerId, List<String> newMemberIds, Instant now) {
    if (newName.equals(name)
        && newManagerId.equals(managerId)
        && newMemberIds.equals(memberIds())) {
      return false;
    }
    take(newName, newManagerId, newMemberIds, now);
    return true;
  }

  private void take(String newName, String newManagerId, List<String> newMemberIds, Instant now) {
    this.name = Objects.requireNonNull(newName, "name");
    this.managerId = Objects.requireNonNull(newManagerId, "managerId");
    this.memberIds = JSON.toJson(List.copyOf(newMemberIds));
    this.updatedAt = now;
  }

  /** Its manager and members: whose records a per-team view shows. */
  public Set<String> people() {
    Set<String> people = new LinkedHashSet<>();
    people.add(managerId);
    people.addAll(memberIds());
    return people;
  }

  public List<String> memberIds() {
    return memberIds == null ? List.of() : JSON.fromJson(memberIds, IDS);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String managerId() {
    return managerId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
