package io.salesplatform.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    List<List<String>> records =
        CsvFormat.parse("name,notes\r\n\"Acme, Inc.\",\"said \"\"yes\"\"\nthen left\"\r\nB,\n");
    assertThat(records)
        .containsExactly(
            List.of("name", "notes"),
            List.of("Acme, Inc.", "said \"yes\"\nthen left"),
            List.of("B", ""));
  }

  @Test
  void aByteOrderMarkAndAMissingFinalLineBreakAreFine() {
    assertThat(CsvFormat.parse("\uFEFFname\nAcme"))
        .containsExactly(List.of("name"), List.of("Acme"));
  }

  @Test
  void brokenQuotingNamesTheRecord() {
    assertThatThrownBy(() -> CsvFormat.parse("name\n\"Acme"))
        .isInstanceOfSatisfying(
            CsvFormat.MalformedCsvException.class, e -> assertThat(e.row()).isEqualTo(2));
    assertThatThrownBy(() -> CsvFormat.parse("name\nAc\"me\n"))
        .isInstanceOf(CsvFormat.MalformedCsvException.class);
  }

  @Test
  void writtenLinesReadBackAndFormulasAreDefused() {
    String line = CsvFormat.line(Arrays.asList("Acme, Inc.", "say \"hi\"", null, "=1+2"));
    assertThat(line).isEqualTo("\"Acme, Inc.\",\"say \"\"hi\"\"\",,'=1+2\r\n");
    assertThat(CsvFormat.parse(line))
        .containsExactly(List.of("Acme, Inc.", "say \"hi\"", "", "'=1+2"));
  }
}
