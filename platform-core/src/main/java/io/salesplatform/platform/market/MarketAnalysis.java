package io.salesplatform.platform.market;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An analysis of the market over a period, by one author, with its findings and the strategy
 * changes that followed; findings and changes are JSON lists, always read and written whole.
 */
@Entity
@Table(name = "market_analysis")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class MarketAnalysis {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type TEXTS = new ArrayList<String>() {}.getClass().getGenericSuperclass();
  private static final Type CHANGES =
      new ArrayList<StoredChange>() {}.getClass().getGenericSuperclass();

  /** A strategy change as stored: the day as text, so the JSON stays plain. */
  public static class StoredChange {
    public String decision;
    public String decidedOn;
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "author_id", nullable = false, updatable = false)
  private String authorId;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false, columnDefinition = "jsonb")
  private String findings;

  @Column(name = "strategy_changes", nullable = false, columnDefinition = "jsonb")
  private String strategyChanges;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /**
   * What an analysis says.
   *
   * @param periodFrom the first day analysed
   * @param periodTo the last day analysed
   * @param summary its summary
   * @param findings its findings
   * @param strategyChanges the strategy changes that followed
   */
  public record Content(
      LocalDate periodFrom,
      LocalDate periodTo,
      String summary,
      List<String> findings,
      List<StrategyChange> strategyChanges) {}

  protected MarketAnalysis() {}

  public MarketAnalysis(Content content, String authorId, Instant now) {
    this.id = UUID.randomUUID();
    this.authorId = authorId;
    this.createdAt = now;
    take(content, now);
  }

  /** Takes new content; true when anything changed. */
  public boolean change(Content content, Instant now) {
    if (content.equals(content())) {
      return false;
    }
    take(content, now);
    return true;
  }

  private void take(Content content, Instant now) {
    this.periodFrom = content.periodFrom();
    this.periodTo = content.periodTo();
    this.summary = content.summary();
    this.findings = JSON.toJson(List.copyOf(content.findings()));
    List<StoredChange> stored = new ArrayList<>();
    for (StrategyChange change : content.strategyChanges()) {
      StoredChange s = new StoredChange();
      s.decision = change.decision();
      s.decidedOn = change.decidedOn().toString();
      stored.add(s);
    }
    this.strategyChanges = JSON.toJson(stored);
    this.updatedAt = now;
  }

  public Content content() {
    List<String> texts = findings == null ? List.of() : JSON.fromJson(findings, TEXTS);
    List<StoredChange> stored =
        strategyChanges == null ? List.of() : JSON.fromJson(strategyChanges, CHANGES);
    return new Content(
        periodFrom,
        periodTo,
        summary,
        List.copyOf(texts),
        stored.stream()
            .map(s -> new StrategyChange(s.decision, LocalDate.parse(s.decidedOn)))
            .toList());
  }

  public UUID id() {
    return id;
  }

  public String authorId() {
    return authorId;
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
