package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Article;

class NearDuplicateDetectorTest {

    private static final String BODY = """
            Elastic said on Thursday that it will stop releasing the source code of Elasticsearch and Kibana under the \
            permissive Apache 2.0 licence, a move squarely aimed at cloud companies that sell the search software as a \
            managed service.

            Starting with version 7.11, code that had been available under Apache 2.0 will instead be offered under a \
            choice of two licences: the Server Side Public License and the company's own Elastic License.

            In a blog post, founder Shay Banon argued that some cloud providers had taken Elasticsearch and offered it \
            as a service without investing back in the community that builds it.""";

    private static Article article(String id, String url, String title, String body) {
        return new Article(1, id, url, "Source", title, body, Instant.parse("2021-01-14T14:05:00Z"), "en", null, 1L);
    }

    @Test
    void shouldMarkSyndicatedCopyAsDuplicate() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        assertThat(detector.duplicateOf(article("a", "https://one.example/a", "Elastic relicenses Elasticsearch", BODY))).isNull();

        String reworded = BODY.replace("said on Thursday", "announced on Thursday")
                .replace("a move squarely aimed", "a change aimed") + "\n\nAWS did not respond to a request for comment.";
        assertThat(detector.duplicateOf(article("b", "https://two.example/b", "Elastic changes its licence", reworded))).isEqualTo("a");
    }

    @Test
    void pointsCopiesOfCopiesAtTheFirstArticle() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        detector.duplicateOf(article("a", "https://one.example/a", "T", BODY));
        detector.duplicateOf(article("b", "https://two.example/b", "T2", BODY + " One more sentence here."));

        assertThat(detector.duplicateOf(article("c", "https://three.example/c", "T3", BODY + " One more sentence here. And another."))).isEqualTo("a");
    }

    @Test
    void shouldNotMarkRedeliveryOfSameIdAsDuplicateOfItself() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        Article a = article("a", "https://one.example/a", "T", BODY);
        detector.record(a);

        DedupVerdict again = detector.record(a);
        assertThat(again.duplicateOf()).isNull();
        assertThat(again.redelivery()).isTrue();
        assertThat(again.unchanged()).isTrue();
        DedupVerdict edited = detector.record(article("a", "https://one.example/a", "T (updated)", BODY + " Update: shares fell."));
        assertThat(edited).isEqualTo(new DedupVerdict(null, true, false));
    }

    @Test
    void treatsSameCanonicalUrlOrSameTextUnderAnotherIdAsExactCopy() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        detector.record(article("a", "https://one.example/a", "T", BODY));

        assertThat(detector.duplicateOf(article("b", "https://one.example/a", "Other title", "Totally different text about other things entirely."))).isEqualTo("a");
        assertThat(detector.duplicateOf(article("c", "https://mirror.example/c", "T", BODY))).isEqualTo("a");
    }

    @Test
    void forgetsAnArticleSoItCountsAsNewAgain() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        Article a = article("a", "https://one.example/a", "T", BODY);
        detector.record(a);
        detector.forget("a");

        assertThat(detector.record(a)).isEqualTo(DedupVerdict.NEW);
    }

    @Test
    void idsAndUrlsWithTheSameHashCodeStayApart() {
        // "Aa" and "BB" have the same String.hashCode, so do URLs that differ only by them: the indexes must compare keys
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        detector.record(article("Aa", "https://one.example/Aa", "Elastic relicenses Elasticsearch", BODY));
        String other = "Shares of Nvidia rose after the chipmaker reported record data-centre revenue and raised its "
                + "forecast for the coming quarter, citing demand for accelerators from cloud providers.";

        assertThat(detector.record(article("BB", "https://one.example/BB", "Nvidia beats estimates", other)))
                .isEqualTo(DedupVerdict.NEW);
        assertThat(detector.remembered("Aa").url()).isEqualTo("https://one.example/Aa");
        assertThat(detector.remembered("BB").url()).isEqualTo("https://one.example/BB");
        assertThat(detector.size()).isEqualTo(2);

        detector.forget("Aa");
        assertThat(detector.remembered("Aa")).isNull();
        assertThat(detector.remembered("BB")).isNotNull();
        assertThat(detector.duplicateOf(article("c", "https://one.example/BB", "Moved", "Other words entirely here."))).isEqualTo("BB");
        assertThat(detector.duplicateOf(article("d", "https://one.example/Aa", "Elastic relicenses Elasticsearch", BODY))).isNull();
    }

    @Test
    void keepsDifferentStoriesApart() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        detector.record(article("a", "https://one.example/a", "T", BODY));

        String followUp = "Amazon Web Services said on Tuesday that it would fork Elasticsearch and Kibana, creating "
                + "OpenSearch, a project it will keep under the Apache 2.0 licence after Elastic's decision to change "
                + "the licence of the search software. The cloud provider invited other companies to contribute.";
        assertThat(detector.duplicateOf(article("b", "https://two.example/b", "AWS forks Elasticsearch", followUp))).isNull();
    }

    @Test
    void checkDoesNotRememberAndLearnAddsFingerprintsFromElsewhere() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        Article a = article("a", "https://one.example/a", "T", BODY);
        assertThat(detector.check(a)).isEqualTo(DedupVerdict.NEW);
        assertThat(detector.size()).isZero();

        NearDuplicateDetector other = NearDuplicateDetector.inMemory();
        other.record(a);
        detector.learn(other.remembered("a"));

        assertThat(detector.duplicateOf(article("b", "https://two.example/b", "T", BODY + " Extra."))).isEqualTo("a");
    }

    @Test
    void aFingerprintWithoutSignatureFromAnOlderReleaseStillCatchesExactCopiesButNoNearOnes() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        Fingerprint full = Fingerprint.of(article("old", "https://one.example/old", "T", BODY));
        detector.learn(new Fingerprint("old", full.url(), full.contentHash(), null, null, full.seenAt()));

        assertThat(detector.remembered("old")).isNotNull();
        assertThat(detector.check(article("near", "https://three.example/y", "T", BODY + " Extra."))).isEqualTo(DedupVerdict.NEW);
        assertThat(detector.duplicateOf(article("same-url", "https://one.example/old", "Other", "Other text."))).isEqualTo("old");
        assertThat(detector.duplicateOf(article("same-text", "https://two.example/x", "T", BODY))).isEqualTo("old");
    }
}
