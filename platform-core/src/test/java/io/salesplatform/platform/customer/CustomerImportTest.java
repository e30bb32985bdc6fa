package io.salesplatform.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.problem.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerImportTest {

  private static final Set<String> PEOPLE = Set.of("ann", "bob");

  private static List<CustomerImport.Row> check(String csv, boolean anyRep) {
    return CustomerImport.check(CsvFormat.parse(csv), PEOPLE, "ann", anyRep);
  }

  private static List<Problem.FieldError> errors(List<CustomerImport.Row> rows) {
    return rows.stream().flatMap(r -> r.errors().stream()).toList();
  }

  @Test
  void aGoodFileMakesAProfilePerRowInAnyColumnOrder() {
    List<CustomerImport.Row> rows =
        check(
            "channel,name,segment,assignedRep,contactName,contactEmail\n"
                + "web,Acme,key,bob,Ann Lee,ann@acme.example\n"
                + "trade-show,Globex,,,,\n",
            true);
    assertThat(errors(rows)).isEmpty();
    assertThat(rows).extracting(CustomerImport.Row::number).containsExactly(2, 3);
    CustomerProfile acme = rows.get(0).profile();
    assertThat(acme.name()).isEqualTo("Acme");
    assertThat(acme.channel()).isEqualTo(AcquisitionChannel.WEB);
    assertThat(acme.contacts())
        .containsExactly(new Contact("Ann Lee", null, "ann@acme.example", null));
    assertThat(rows.get(0).assignedRep()).isEqualTo("bob");
    assertThat(rows.get(1).profile().segment()).isNull();
    assertThat(rows.get(1).assignedRep()).isNull();
  }

  @Test
  void everyBadRowIsReportedByRowNumberAndColumn() {
    List<CustomerImport.Row> rows =
        check(
            "name,channel,segment,website,assignedRep,contactEmail\n"
                + "Acme,web,key,https://acme.example,,\n"
                + ",fax,Big Ones,acme.example,zed,\n"
                + "Globex,web\n"
                + "Initech,web,,,,x@y\n",
            true);
    assertThat(errors(rows))
        .containsExactly(
            new Problem.FieldError("rows[3].name", "required"),
            new Problem.FieldError(
                "rows[3].segment",
                "lower-case words joined by hyphens, at most 40 characters, such as strategic"),
            new Problem.FieldError("rows[3].website", "an http or https address without spaces"),
            new Problem.FieldError(
                "rows[3].channel",
                "'fax' is none of market-research, trade-show, web, referral, other"),
            new Problem.FieldError(
                "rows[3].assignedRep", "'zed' is no active person of the company"),
            new Problem.FieldError("rows[4]", "2 fields where the header has 6"),
            new Problem.FieldError("rows[5].contactName", "required for a contact"));
  }

  @Test
  void withoutCustomersAllRowsNameOnlyTheImporter() {
    List<CustomerImport.Row> rows =
        check("name,channel,assignedRep\nA,web,ann\nB,web,bob\n", false);
    assertThat(errors(rows))
        .extracting(Problem.FieldError::field)
        .containsExactly("rows[3].assignedRep");
  }

  @Test
  void unknownMissingOrRepeatedColumnsAreReportedOnTheHeader() {
    assertThat(errors(check("name,colour,name\nA,red,B\n", true)))
        .extracting(Problem.FieldError::field)
        .containsExactly("rows[1].colour", "rows[1].name", "rows[1].channel");
  }
}
