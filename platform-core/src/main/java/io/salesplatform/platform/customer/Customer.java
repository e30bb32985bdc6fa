package io.salesplatform.platform.customer;

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
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer file (policy 4.2): what the company knows of a customer, who looks after it, how it
 * was found and what it needs. Purchase history and the credit profile will come from contracts and
 * credit checks; they are not kept here.
 */
@Entity
@Table(name = "customer")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Customer {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type CONTACTS =
      new ArrayList<Contact>() {}.getClass().getGenericSuperclass();

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false)
  private String name;

  private String industry;
  private String segment;
  private String address;
  private String website;
  private String notes;

  /** The contacts as a JSON list; always read and written with the file. */
  @Column(nullable = false, columnDefinition = "jsonb")
  private String contacts;

  @Column(name = "assigned_rep_id", nullable = false)
  private String assignedRepId;

  @Column(nullable = false)
  private String channel;

  @Column(name = "development_notes")
  private String developmentNotes;

  private String needs;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Customer() {}

  public Customer(CustomerProfile profile, String assignedRepId, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = Objects.requireNonNull(now, "now");
    take(profile, assignedRepId, now);
  }

  /** Takes a new profile and rep; true when anything changed. */
  public boolean change(CustomerProfile profile, String repId, Instant now) {
    if (profile.equals(profile()) && repId.equals(assignedRepId)) {
      return false;
    }
    take(profile, repId, now);
    return true;
  }

  private void take(CustomerProfile profile, String repId, Instant now) {
    this.name = profile.name();
    this.industry = profile.industry();
    this.segment = profile.segment();
    this.address = profile.address();
    this.website = profile.website();
    this.notes = profile.notes();
    this.contacts = JSON.toJson(profile.contacts());
    this.channel = profile.channel().id();
    this.developmentNotes = profile.developmentNotes();
    this.needs = profile.needs();
    this.assignedRepId = Objects.requireNonNull(repId, "repId");
    this.updatedAt = now;
  }

  public CustomerProfile profile() {
    return new CustomerProfile(
        name,
        industry,
        segment,
        address,
        website,
        notes,
        contacts(),
        AcquisitionChannel.byId(channel).orElse(AcquisitionChannel.OTHER),
        developmentNotes,
        needs);
  }

  public List<Contact> contacts() {
    return contacts == null ? List.of() : JSON.fromJson(contacts, CONTACTS);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String segment() {
    return segment;
  }

  public String assignedRepId() {
    return assignedRepId;
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
