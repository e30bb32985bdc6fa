package io.salesplatform.platform.team;

import java.util.List;

/** A team as a client sends it. */
public class TeamRequest {
  /** The name, 1 to 100 characters, unique in the company. */
  public String name;

  /** The user id of its manager, a person of the company. */
  public String managerId;

  /** The user ids of its members, people of the company, each once; none when absent. */
  public List<String> memberIds;

  /** The version a change is based on (or If-Match); not used on creation. */
  public Long version;
}
