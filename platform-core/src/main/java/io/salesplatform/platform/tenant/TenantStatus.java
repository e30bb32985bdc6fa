package io.salesplatform.platform.tenant;

/** Where a tenant stands in its life. */
public enum TenantStatus {
  /** Subscription begun but not finished; repeating the subscription resumes it. */
  PROVISIONING,
  /** In use. */
  ACTIVE,
  /** Stopped by the operator; its data is kept and nobody of it can work. */
  SUSPENDED,
  /**
   * Being removed for good, after its final export; nobody can use it, and repeating the deletion
   * finishes one that stopped half way.
   */
  DELETING
}
