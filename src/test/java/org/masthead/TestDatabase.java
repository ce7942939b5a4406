package org.masthead;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the test suite runs on: H2 in memory by default, PostgreSQL when Maven runs with
 * {@code -Ppostgres} (which sets {@code masthead.test.db=postgres}). Every test context takes its
 * profiles from here, so one switch moves every context, not only the shared one.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("masthead.test.db"));
    }

    /** The given profiles, then the PostgreSQL ones when the suite runs there (later profiles win). */
    public static String[] profiles(String... base) {
        Stream<String> extra = isPostgres() ? Stream.of("postgres", "test-postgres") : Stream.empty();
        return Stream.concat(Arrays.stream(base), extra).toArray(String[]::new);
    }

    /** {@code @ActiveProfiles(resolver = TestDatabase.Test.class)}: the test profile. */
    public static class Test implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return profiles("test");
        }
    }

    /** {@code @ActiveProfiles(resolver = TestDatabase.Prod.class)}: production settings on the test database. */
    public static class Prod implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return profiles("test", "prod");
        }
    }
}
