package io.salesplatform.platform.declaration;

import java.time.Instant;
import java.util.List;

/**
 * What applying one declaration file did.
 *
 * @param file the file's name
 * @param status SUBSCRIBED (the tenant was created), APPLIED (its settings became a new revision),
 *     UNCHANGED, REJECTED (the file has errors; nothing of it was applied) or FAILED (the platform
 *     could not apply it now; it is retried)
 * @param slug the tenant the file declares, when it could be read
 * @param revision the tenant's settings revision after applying, when applied
 * @param messages what was wrong, one line each, as {@code file:line: path: message}
 * @param appliedAt when the file was last applied
 */
public record DeclarationReport(
    String file,
    Status status,
    String slug,
    Integer revision,
    List<String> messages,
    Instant appliedAt) {

  public enum Status {
    SUBSCRIBED,
    APPLIED,
    UNCHANGED,
    REJECTED,
    FAILED
  }

  public DeclarationReport {
    messages = List.copyOf(messages);
  }
}
