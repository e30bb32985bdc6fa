package io.salesplatform.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.platform.problem.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortTest {

  private static final Set<String> ALLOWED = Set.of("name", "updatedAt");

  @Test
  void absentSortFallsBackToTheListsDefault() {
    assertThat(Sort.of(null, "name", ALLOWED).orders())
        .containsExactly(new Sort.Order("name", true));
    assertThat(Sort.of(" ", "-updatedAt", ALLOWED).orders())
        .containsExactly(new Sort.Order("updatedAt", false));
  }

  @Test
  void severalFieldsKeepTheirOrderAndDirectionAndEndWithTheTieBreaker() {
    Sort sort = Sort.of("-updatedAt,name", "name", ALLOWED);
    assertThat(sort.jpql("c", "id")).isEqualTo(" order by c.updatedAt desc, c.name asc, c.id asc");
    assertThat(sort).hasToString("-updatedAt,name");
    assertThat(sort.jpql("c", "id", Set.of("name")))
        .isEqualTo(" order by c.updatedAt desc, lower(c.name) asc, c.id asc");
  }

  @Test
  void aNativeQuerySortsByTheColumnsTheFieldsNameWithEmptyValuesLast() {
    Sort sort = Sort.of("-updatedAt,name", "name", ALLOWED);
    assertThat(
            sort.sql(
                java.util.Map.of("updatedAt", "c.updated_at", "name", "lower(c.name)"), "c.id"))
        .isEqualTo(" order by c.updated_at desc nulls last, lower(c.name) asc nulls last, c.id");
  }

  @Test
  void unknownMalformedOrRepeatedFieldsAreA400NamingTheSortParameter() {
    for (String bad : new String[] {"secret", "name;drop", "name,", "--name", "name,-name"}) {
      assertThatThrownBy(() -> Sort.of(bad, "name", ALLOWED))
          .as(bad)
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().errors()).extracting("field").containsExactly("sort");
              });
    }
  }
}
