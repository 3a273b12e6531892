package io.newsflow.cli.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportBatchingTest {

    private static List<ImportCommand.Line> lines(int n, int bytes) {
        List<ImportCommand.Line> lines = new ArrayList<>();
        byte[] json = new byte[bytes];
        for (int i = 0; i < n; i++) {
            lines.add(new ImportCommand.Line("f:" + i, json));
        }
        return lines;
    }

    @Test
    void batchesHoldBatchSizeArticlesWhenTheyAreSmall() {
        List<ImportCommand.Line> lines = lines(2_500, 3_000);
        assertThat(ImportCommand.batchEnd(lines, 0, 1_000)).isEqualTo(1_000);
        assertThat(ImportCommand.batchEnd(lines, 2_000, 1_000)).isEqualTo(2_500);
    }

    @Test
    void largeArticlesEndABatchBeforeItOutgrowsTheRequestLimit() {
        List<ImportCommand.Line> lines = lines(1_000, 50_000);
        int end = ImportCommand.batchEnd(lines, 0, 1_000);
        assertThat(end).isEqualTo((int) (ImportCommand.MAX_BATCH_BYTES / 50_000));
        assertThat((long) end * 50_000).isLessThanOrEqualTo(ImportCommand.MAX_BATCH_BYTES);
    }

    @Test
    void anArticleLargerThanTheLimitStillGoesAloneSoTheServiceCanAnswerForIt() {
        List<ImportCommand.Line> lines = lines(3, (int) ImportCommand.MAX_BATCH_BYTES + 1);
        assertThat(ImportCommand.batchEnd(lines, 0, 1_000)).isEqualTo(1);
        assertThat(ImportCommand.batchEnd(lines, 1, 1_000)).isEqualTo(2);
    }
}
