package io.salesplatform.platform.team;

import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of the current company that teams, risks and inspections name: checked to be active
 * members when named, and shown with their names.
 */
@ApplicationScoped
public class CompanyPeople {

  @Inject TenantDatabase database;

  /**
   * The id when it names an active person of the company; otherwise an error on {@code field} and
   * {@code null}. A missing id is an error only when {@code required}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String check(String field, String id, boolean required, List<Problem.FieldError> errors) {
    String clean = id == null || id.isBlank() ? null : id.strip();
    if (clean == null) {
      if (required) {
        errors.add(
            new Problem.FieldError(field, "required: the user id of a person of the company"));
      }
      return null;
    }
    TenantMember member = database.entityManager().find(TenantMember.class, clean);
    if (member == null || !member.isActive()) {
      errors.add(new Problem.FieldError(field, "no active person of the company has this id"));
      return null;
    }
    return clean;
  }

  /** Every person the company has known, by id, with their names. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, PersonRef> byId() {
    Map<String, PersonRef> people = new HashMap<>();
    database
        .entityManager()
        .createQuery("select m from TenantMember m", TenantMember.class)
        .getResultStream()
        .forEach(
            m ->
                people.put(
                    m.userId(),
                    new PersonRef(
                        m.userId(), m.displayName() == null ? m.username() : m.displayName())));
    return people;
  }

  /** The person with the id, named where known. */
  public static PersonRef ref(Map<String, PersonRef> people, String id) {
    return id == null ? null : people.getOrDefault(id, new PersonRef(id, null));
  }
}
