package org.masthead.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditionRepository extends JpaRepository<Edition, Long> {

    String LATEST = "e.editionNo = (select max(f.editionNo) from Edition f where f.issueNumber = e.issueNumber)";
    String KEY = "select new org.masthead.publishing.EditionKey(e.id, e.issueNumber, e.editionNo, e.contentHash, "
            + "e.emailHash, e.textHash, e.storedAt) from Edition e ";
    String ENTRY = "select new org.masthead.publishing.ArchiveEntry(e.issueNumber, e.title, e.firstReleasedAt, "
            + "e.editionNo, e.releasedAt) from Edition e where " + LATEST;

    Optional<Edition> findFirstByIssueNumberOrderByEditionNoDesc(int issueNumber);

    List<Edition> findByIssueIdOrderByEditionNoAsc(Long issueId);

    List<Edition> findByIssueNumberOrderByEditionNoAsc(int issueNumber);

    /** The newest edition of every released issue, the issue that went out last first. */
    @Query("select e from Edition e where " + LATEST + " order by e.firstReleasedAt desc, e.issueNumber desc")
    List<Edition> findLatestOfEachIssue();

    @Query("select e from Edition e where " + LATEST + " order by e.releasedAt desc, e.issueNumber desc")
    List<Edition> findLatestOfEachIssueNewestChangeFirst(Pageable page);

    /** What the public side needs to answer for the newest edition, without its (large) texts. */
    @Query(KEY + "where e.issueNumber = :issueNumber and " + LATEST)
    Optional<EditionKey> latestKey(int issueNumber);

    @Query(KEY + "where e.issueNumber = :issueNumber and e.editionNo = :editionNo")
    Optional<EditionKey> key(int issueNumber, int editionNo);

    @Query(value = ENTRY + " order by e.firstReleasedAt desc, e.issueNumber desc",
            countQuery = "select count(e) from Edition e where " + LATEST)
    Page<ArchiveEntry> index(Pageable page);

    /** Each released issue's number and the id of its newest edition: what the search index compares itself with. */
    @Query("select e.issueNumber, e.id from Edition e where " + LATEST)
    List<Object[]> newestEditionOfEachIssue();

    /** What the search index keeps of these editions. */
    @Query("select new org.masthead.publishing.SearchableEdition(e.id, e.issueNumber, e.editionNo, e.title, e.firstReleasedAt, "
            + "e.releasedAt, e.plainText) from Edition e where e.id in :ids")
    List<SearchableEdition> searchable(Collection<Long> ids);

    /** The newest edition's id and when the newest edition was stored: together they change whenever an edition is added. */
    @Query("select coalesce(max(e.id), 0), max(e.storedAt) from Edition e")
    List<Object[]> newestIdAndStoredAt();

    @Query("select max(e.storedAt) from Edition e")
    Optional<java.time.Instant> lastStored();

    @Query("select e.html from Edition e where e.id = :id")
    String htmlOf(long id);

    @Query("select e.emailHtml from Edition e where e.id = :id")
    String emailOf(long id);

    @Query("select e.plainText from Edition e where e.id = :id")
    String textOf(long id);

    boolean existsByIssueId(Long issueId);

    long countByIssueId(Long issueId);
}
