package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one list of tables the tests reset and compare names every table the migrations make, and no other. */
class TestTablesTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_list_of_tables_names_every_table_of_the_schema() {
        List<String> schema = jdbc.queryForList("select table_name from information_schema.tables"
                        + " where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')", String.class)
                .stream().map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals("flyway_schema_history"))
                .toList();

        assertThat(TestTables.IN_DELETION_ORDER).as("TestTables.IN_DELETION_ORDER against the schema")
                .containsExactlyInAnyOrderElementsOf(schema);
    }
}
