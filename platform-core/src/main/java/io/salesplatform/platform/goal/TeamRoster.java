package io.salesplatform.platform.goal;

import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Who is in a team of the current tenant, as goals need it. */
@ApplicationScoped
public class TeamRoster {

  @Inject TenantDatabase database;

  /** The team's name, when the company has such a team. */
  public Optional<String> name(UUID teamId) {
    List<?> names =
        database
            .entityManager()
            .createNativeQuery("select name from team where id = ?1")
            .setParameter(1, teamId)
            .getResultList();
    return names.stream().findFirst().map(String.class::cast);
  }

  /** The user ids of its members now. */
  public Set<String> members(UUID teamId) {
    Set<String> members = new TreeSet<>();
    database
        .entityManager()
        .createNativeQuery("select jsonb_array_elements_text(member_ids) from team where id = ?1")
        .setParameter(1, teamId)
        .getResultList()
        .forEach(id -> members.add((String) id));
    return members;
  }
}
