package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The README's settings table is the settings records, row for row: every {@code masthead.*}
 * setting of every {@code @ConfigurationProperties} record, its environment variable and its
 * default, and nothing else. A new setting, or a changed default, fails here until the README says it.
 */
class SettingsTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| `([A-Z0-9_]+)` \\| ([^|]*) \\|");

    @Test
    void the_readmes_settings_table_lists_every_setting_of_the_records_with_its_variable_and_default() throws Exception {
        List<String> records = new ArrayList<>();
        for (Class<?> settings : settingsRecords()) {
            String prefix = settings.getAnnotation(ConfigurationProperties.class).value();
            records.addAll(rows(prefix, settings));
        }

        assertThat(readmeRows()).as("the README's Settings table, against the records (expected: what to paste)")
                .containsExactlyInAnyOrderElementsOf(records);
    }

    private static List<Class<?>> settingsRecords() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scan.findCandidateComponents(Application.class.getPackageName())) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isRecord() && type.getAnnotation(ConfigurationProperties.class).value().startsWith("masthead")) {
                found.add(type);
            }
        }
        assertThat(found).as("settings records found").hasSizeGreaterThan(5);
        return found;
    }

    /** "| `masthead.backup.keep` | `MASTHEAD_BACKUP_KEEP` | `7` |": property, variable, default. */
    private static List<String> rows(String prefix, Class<?> type) {
        List<String> rows = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        // The binder reads @DefaultValue from the canonical constructor's parameters.
        Parameter[] parameters = canonicalConstructor(type, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String property = prefix + "." + kebab(component.getName());
            DefaultValue given = parameters[i].getAnnotation(DefaultValue.class);
            if (component.getType().isRecord()) {
                rows.addAll(rows(property, component.getType()));
                continue;
            }
            String value = given == null || given.value().length == 0 ? "" : given.value()[0];
            rows.add(row(property, value.isEmpty() ? "(none)" : "`" + value + "`"));
        }
        return rows;
    }

    private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(String property, String defaultValue) {
        String variable = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return "| `" + property + "` | `" + variable + "` | " + defaultValue + " |";
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The rows of the table under "## Settings", cut after their default. */
    private static List<String> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Settings");
        assertThat(start).as("a \"## Settings\" section in the README").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.add("| `" + row.group(1) + "` | `" + row.group(2) + "` | " + row.group(3).strip() + " |");
            }
        }
        return rows;
    }
}
