package org.masthead.section;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByIssueIdOrderByPositionAsc(Long issueId);

    @Query("select s from Section s where s.writer.username = :username and s.issue.releasedAt is null "
            + "and s.dropped = false order by s.deadline asc nulls last, s.issue.number asc, s.position asc")
    List<Section> findInProductionWrittenBy(String username);

    /**
     * The sections made from a template slot that are approved (released ones are), latest issue
     * first: the first one's text is the slot's last approved text.
     */
    @Query("select s from Section s where s.slotId = :slotId and s.state = org.masthead.section.SectionState.APPROVED "
            + "and s.dropped = false and s.issue.id <> :exceptIssueId order by s.issue.number desc, s.id desc")
    List<Section> findApprovedOfSlot(Long slotId, Long exceptIssueId, Pageable page);

    /** How many kept sections each of these issues has in each state: one statement for a page of issues. */
    @Query("select s.issue.id as issueId, s.state as state, count(s) as sections from Section s "
            + "where s.issue.id in :issueIds and s.dropped = false group by s.issue.id, s.state")
    List<StateCount> countKeptByState(Collection<Long> issueIds);

    /** One row of {@link #countKeptByState}. */
    interface StateCount {
        Long getIssueId();

        SectionState getState();

        Long getSections();
    }

    /**
     * Sections in review an editor may decide on, oldest first: in production and not written by
     * that editor. The same four-eyes rule as {@code WorkflowRules.decide}, said in the query so the
     * queue pages in the database; SectionActionsTest keeps the two in step.
     */
    @Query(value = "select s from Section s join fetch s.issue i left join fetch s.writer w where s.state = :state "
            + "and i.releasedAt is null and s.dropped = false and (w is null or w.username <> :editor) "
            + "order by s.stateChangedAt asc, s.id asc",
            countQuery = "select count(s) from Section s join s.issue i left join s.writer w where s.state = :state "
            + "and i.releasedAt is null and s.dropped = false and (w is null or w.username <> :editor)")
    Page<Section> findInReviewFor(String editor, SectionState state, Pageable page);
}
