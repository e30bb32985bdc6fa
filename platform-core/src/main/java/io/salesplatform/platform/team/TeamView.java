package io.salesplatform.platform.team;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team.
 *
 * @param id its id
 * @param name its name
 * @param manager its manager
 * @param members its members, in the order given
 * @param createdAt when it was formed
 * @param updatedAt when it last changed
 * @param version its version, also the ETag
 */
public record TeamView(
    UUID id,
    String name,
    PersonRef manager,
    List<PersonRef> members,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static TeamView of(Team team, Map<String, PersonRef> people) {
    return new TeamView(
        team.id(),
        team.name(),
        CompanyPeople.ref(people, team.managerId()),
        team.memberIds().stream().map(id -> CompanyPeople.ref(people, id)).toList(),
        team.createdAt(),
        team.updatedAt(),
        team.version());
  }
}
