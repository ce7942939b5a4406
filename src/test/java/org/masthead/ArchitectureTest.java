package org.masthead;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.masthead.base.BeforeServing;
import org.masthead.markdown.MarkdownRenderer;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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
    private static final String MAILING = "org.masthead.mailing..";
    private static final String SECOND_FACTOR = "org.masthead.secondfactor..";
    /** Not a feature: the Markdown pipeline every feature stands on, like base. */
    private static final String MARKDOWN = "org.masthead.markdown..";

    /** Every feature package; base and security are not features but what features stand on. */
    private static final String[] FEATURES = {USER, ISSUE, SECTION, REVIEW, PUBLISHING, AUDIT, DEMO, BACKUP, MAILING, SECOND_FACTOR};

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
                    .should().dependOnClassesThat().resideInAnyPackage(ISSUE, SECTION, REVIEW, PUBLISHING, MAILING);

    @ArchTest
    static final ArchRule review_knows_nothing_of_publishing =
            noClasses().that().resideInAPackage(REVIEW)
                    .should().dependOnClassesThat().resideInAPackage(PUBLISHING);

    /** Publishing hands mailing the stored bytes (mailing's EditionMail port); mailing never reaches back. */
    @ArchTest
    static final ArchRule mailing_knows_nothing_of_sections_reviews_or_publishing =
            noClasses().that().resideInAPackage(MAILING)
                    .should().dependOnClassesThat().resideInAnyPackage(SECTION, REVIEW, PUBLISHING);

    @ArchTest
    static final ArchRule backups_copy_the_database_without_knowing_what_is_in_it =
            noClasses().that().resideInAPackage(BACKUP)
                    .should().dependOnClassesThat().resideInAnyPackage(USER, ISSUE, SECTION, REVIEW, PUBLISHING, AUDIT, DEMO, MAILING);

    @ArchTest
    static final ArchRule the_audit_trail_used_by_every_feature_depends_on_none =
            noClasses().that().resideInAPackage(AUDIT)
                    .should().dependOnClassesThat().resideInAnyPackage(USER, ISSUE, SECTION, REVIEW, PUBLISHING, DEMO, BACKUP, MAILING);

    /**
     * Every line of the trail is recorded as one of the kinds {@link AuditAction} names, each with
     * the sentence the audit screen reads it as; a free string (issue 13 found 28 of them) would
     * show as a code. A new kind of change is a new constant, with its sentence.
     */
    @ArchTest
    static final ArchRule audit_lines_are_recorded_by_their_typed_action =
            methods().that().areDeclaredIn(AuditTrail.class).and().haveName("record")
                    .should(new ArchCondition<>("take an AuditAction first") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            boolean typed = !method.getRawParameterTypes().isEmpty()
                                    && method.getRawParameterTypes().get(0).isEquivalentTo(AuditAction.class);
                            if (!typed) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " records a line without an AuditAction: add a constant with its sentence"));
                            }
                        }
                    });

    /**
     * Pure functions of text: they read and change no record, so there is nobody to refuse. The
     * only public bean methods allowed to say nothing of who may call them, each for its reason.
     */
    private static final Map<String, String> PURE_FUNCTIONS = Map.ofEntries(
            Map.entry("SubmitChecks.of", "a text and its word range in, the problems a submit would meet out"),
            Map.entry("SignedLinks.sign", "a payload in, its signature out; every link handed out is signed so"),
            Map.entry("SignedLinks.holds", "a signature and a payload in, whether they belong together out"),
            Map.entry("PublicAddress.base", "the configured public address, as a string"),
            Map.entry("PublicAddress.of", "a path in, its absolute public address out"));

    /**
     * The public side's readers: DESIGN.md opens released editions and the feed to anyone, signed
     * in or not; they hold only what was frozen at release, and answer the path measured against
     * nginx, where no interceptor stands in front of them; and the public pages that answer a
     * reader's error (400, 404, 405, 503), drawn before anyone could be signed in. And the mailing
     * list's readers' side (SignUps): signing up on the archive's form, confirming from the mail,
     * unsubscribing in one click and taking it back are done by anonymous readers, on the stateless
     * public chain where nobody is signed in; each is bounded by its own proof instead (a signed,
     * expiring link; a signed unsubscribe token) and the form by its limits per address and client.
     * And a preview link's reader (PreviewReading): someone without an account reads an issue in
     * production and comments on it, proven by the signed, expiring, revocable link alone, the
     * comments bounded by the link's limit; past the link, it reads through the guarded services.
     */
    private static final Set<String> PUBLIC_SIDE = Set.of("Archive", "AtomFeed", "PublicPages", "SignUps", "PreviewReading");

    /**
     * Who may call a service is said on the service, not left to the screen that happens to call
     * it today: each public method of a Spring bean of a feature carries its {@code @PreAuthorize}
     * (on the method or on its class; "permitAll()" where anyone may, with the reason beside it),
     * or is not public. Beans are the {@code @Component}s (so {@code @Service}s too) in
     * org.masthead, except, each for a reason: views and web controllers (the entry points: they
     * call the guarded services), configuration classes (they make beans; nobody calls them),
     * repositories (package-private; only their service uses them), the security package (it
     * establishes who is asking, so it cannot ask first), and {@link #PUBLIC_SIDE}. Methods out of
     * the rule: static ones (method security guards calls through the bean's proxy, and a static
     * method has no bean), and those Spring calls with nobody signed in: event listeners (they run
     * inside the guarded action that published the event), scheduled tasks, and a Spring
     * interface's callbacks (a start-up runner's run, the sign-in's loadUserByUsername).
     */
    @ArchTest
    static final ArchRule every_public_service_method_says_who_may_call_it =
            methods().that().arePublic()
                    .and().areDeclaredInClassesThat(areServicesOfAFeature())
                    .and().doNotHaveModifier(JavaModifier.STATIC)
                    .and().areNotAnnotatedWith(EventListener.class)
                    .and().areNotAnnotatedWith(TransactionalEventListener.class)
                    .and().areNotAnnotatedWith(Scheduled.class)
                    .and(areNotCallbacksOfASpringInterface())
                    .should(carryPreAuthorizeOrBeAPureFunction());

    private static DescribedPredicate<JavaClass> areServicesOfAFeature() {
        return DescribedPredicate.describe("Spring beans of a feature", c ->
                c.getPackageName().startsWith("org.masthead.")
                        && c.isMetaAnnotatedWith(Component.class)
                        && !c.isMetaAnnotatedWith(Configuration.class)
                        && !c.isAssignableTo(Repository.class)
                        && !c.getPackageName().startsWith("org.masthead.security")
                        && !c.getPackageName().endsWith(".ui")
                        && !c.getPackageName().endsWith(".web")
                        && !PUBLIC_SIDE.contains(c.getSimpleName()));
    }

    private static DescribedPredicate<JavaMethod> areNotCallbacksOfASpringInterface() {
        // BeforeServing is the start-up's callback (base/BeforeServingTasks calls it), as an ApplicationRunner was.
        return DescribedPredicate.describe("are not callbacks of a Spring interface", m ->
                m.getOwner().getAllRawInterfaces().stream()
                        .filter(i -> i.getPackageName().startsWith("org.springframework") || i.isEquivalentTo(BeforeServing.class))
                        .flatMap(i -> i.getMethods().stream())
                        .noneMatch(i -> i.getName().equals(m.getName())
                                && i.getRawParameterTypes().equals(m.getRawParameterTypes())));
    }

    private static ArchCondition<JavaMethod> carryPreAuthorizeOrBeAPureFunction() {
        return new ArchCondition<>("carry @PreAuthorize (on the method or its class) or be an allowed pure function") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                String name = method.getOwner().getSimpleName() + "." + method.getName();
                if (!guarded && !PURE_FUNCTIONS.containsKey(name)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " is public and does not say who may call it: add its @PreAuthorize, or make it package-private"));
                }
            }
        };
    }

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
    static final ArchRule flexmark_stays_inside_the_markdown_pipeline =
            noClasses().that().resideOutsideOfPackage(MARKDOWN)
                    .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                    .because("features get Markdown rendered, checked and converted by the pipeline, never by Flexmark directly");

    /**
     * Issue 16: the pipeline is pure text in, text out. Without Spring, Vaadin, the database or any
     * feature it is tested and benchmarked as plain Java, and nothing it does can depend on who is
     * signed in or what is stored. (Its beans are made in Application; it may throw the house's
     * WorkflowException, a plain exception, for a paste beyond its limit.)
     */
    @ArchTest
    static final ArchRule the_markdown_pipeline_knows_no_framework_database_or_feature =
            noClasses().that().resideInAPackage(MARKDOWN)
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                            "jakarta.persistence..", "org.hibernate..", "jakarta.servlet..", "java.sql..", "javax.sql..",
                            "org.masthead.security..", "org.masthead.base.ui..")
                    .orShould().dependOnClassesThat().resideInAnyPackage(FEATURES)
                    .because("Markdown in, HTML, email and plain text out: nothing else to know");

    /** What the features use of the pipeline; everything else in it is its own business. */
    private static final Set<String> MARKDOWN_API = Set.of("MarkdownRenderer", "Rendering", "MarkdownFinding",
            "PastedDocument", "LinkRule", "TextHygiene", "WordDiff", "RenderedDiff", "SourceRange", "PlainTextDocument");

    @ArchTest
    static final ArchRule the_markdown_pipeline_keeps_its_helpers_to_itself =
            classes().that().resideInAPackage(MARKDOWN).and().areTopLevelClasses()
                    .and(DescribedPredicate.describe("are not part of its API", (JavaClass c) -> !MARKDOWN_API.contains(c.getSimpleName())))
                    .should().notBePublic()
                    .because("a helper of the pipeline (input limits, sanitiser, writers, budget) is reached through MarkdownRenderer");

    /**
     * Issue 13: toasts stacked in the middle of the screen for six seconds, covered the field they
     * complained about and followed the person to the next screen. Every toast now goes through
     * base/ui/Toast (short, bottom corner, one at a time, closed on navigation); a view that opens
     * a notification of its own fails here.
     */
    @ArchTest
    static final ArchRule views_tell_what_happened_only_through_the_one_toast =
            noClasses().that().resideOutsideOfPackage("org.masthead.base.ui")
                    .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.notification.Notification")
                    .because("Toast keeps every message short, in one corner, one at a time and on its own screen");
}
