package org.masthead;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.masthead.base.MarkdownRenderer;
import org.springframework.data.repository.Repository;

/**
 * The layout of STYLE.md, checked on the compiled classes: package by feature, dependencies
 * pointing one way (publishing → review → section → issue → user), repositories kept inside
 * their feature, and nothing leaning on the demo content.
 */
@AnalyzeClasses(packagesOf = Application.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String USER = "org.masthead.user..";
    private static final String ISSUE = "org.masthead.issue..";
    private static final String SECTION = "org.masthead.section..";
    private static final String REVIEW = "org.masthead.review..";
    private static final String PUBLISHING = "org.masthead.publishing..";
    private static final String AUDIT = "org.masthead.audit..";
    private static final String DEMO = "org.masthead.demo..";
    private static final String BACKUP = "org.masthead.backup..";

    /** Every feature package; base and security are not features but what features stand on. */
    private static final String[] FEATURES = {USER, ISSUE, SECTION, REVIEW, PUBLISHING, AUDIT, DEMO, BACKUP};

    @ArchTest
    static final ArchRule feature_packages_depend_on_each_other_without_cycles =
            slices().matching("org.masthead.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_and_web_controllers_never_touch_a_repository =
            noClasses().that().resideInAnyPackage("..ui..", "..web..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class)
                    .because("a screen calls its feature's service, which checks who may do what");

    @ArchTest
    static final ArchRule security_imports_no_feature =
            noClasses().that().resideInAPackage("org.masthead.security..")
                    .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule base_depends_on_no_feature =
            noClasses().that().resideInAPackage("org.masthead.base..")
                    .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule repositories_are_package_private =
            classes().that().areAssignableTo(Repository.class)
                    .should().notBePublic()
                    .because("a feature's repository is its own; others go through its service");

    @ArchTest
    static final ArchRule nothing_outside_the_demo_depends_on_it =
            noClasses().that().resideOutsideOfPackage(DEMO)
                    .should().dependOnClassesThat().resideInAPackage(DEMO);

    @ArchTest
    static final ArchRule an_issue_knows_nothing_of_sections_reviews_or_publishing =
            noClasses().that().resideInAPackage(ISSUE)
                    .should().dependOnClassesThat().resideInAnyPackage(SECTION, REVIEW, PUBLISHING);

    @ArchTest
    static final ArchRule a_section_knows_nothing_of_reviews_or_publishing =
            noClasses().that().resideInAPackage(SECTION)
                    .should().dependOnClassesThat().resideInAnyPackage(REVIEW, PUBLISHING);

    @ArchTest
    static final ArchRule a_user_knows_nothing_of_issues_sections_reviews_or_publishing =
            noClasses().that().resideInAPackage(USER)
                    .should().dependOnClassesThat().resideInAnyPackage(ISSUE, SECTION, REVIEW, PUBLISHING);

    @ArchTest
    static final ArchRule review_knows_nothing_of_publishing =
            noClasses().that().resideInAPackage(REVIEW)
                    .should().dependOnClassesThat().resideInAPackage(PUBLISHING);

    @ArchTest
    static final ArchRule backups_copy_the_database_without_knowing_what_is_in_it =
            noClasses().that().resideInAPackage(BACKUP)
                    .should().dependOnClassesThat().resideInAnyPackage(USER, ISSUE, SECTION, REVIEW, PUBLISHING, AUDIT, DEMO);

    @ArchTest
    static final ArchRule the_audit_trail_used_by_every_feature_depends_on_none =
            noClasses().that().resideInAPackage(AUDIT)
                    .should().dependOnClassesThat().resideInAnyPackage(USER, ISSUE, SECTION, REVIEW, PUBLISHING, DEMO, BACKUP);

    /**
     * Markdown is parsed in one place: {@link MarkdownRenderer}, behind the input limits of
     * MarkdownInput and the time budget of RenderBudget. Issue 11: a raw Flexmark parse in the
     * release checks let one writer's draft of 10,000 "&gt;" overflow the stack on every open of
     * the release screen. A new raw parse anywhere else fails here.
     */
    @ArchTest
    static final ArchRule only_the_rendering_pipeline_parses_markdown =
            noClasses().that(not(belongToAnyOf(MarkdownRenderer.class)))
                    .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark.parser..")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vladsch.flexmark.util.ast.IParse")
                    .because("every parse of a body goes through MarkdownRenderer, which bounds its input and its time");

    @ArchTest
    static final ArchRule flexmark_stays_inside_base =
            noClasses().that().resideOutsideOfPackage("org.masthead.base")
                    .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                    .because("features get Markdown rendered, checked and converted by base, never by Flexmark directly");
}
