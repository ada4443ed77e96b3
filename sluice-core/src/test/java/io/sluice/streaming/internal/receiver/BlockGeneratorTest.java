package io.sluice.streaming.internal.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.internal.io.LineChunk;
import io.sluice.internal.io.LineChunkReader;
import io.sluice.streaming.testing.ManualClock;

class BlockGeneratorTest {

    @Test
    void shouldGiveABatchExactlyTheBlocksCutUpToItsTime() throws InterruptedException {
        BlockGenerator<Integer> blocks = new BlockGenerator<>(new ManualClock(), 10, Double.POSITIVE_INFINITY);
        blocks.addAll(List.of(1, 2));
        blocks.cut(200);
        blocks.add(3);
        blocks.cut(400);
        blocks.cut(600);
        blocks.add(4);
        List<Block<Integer>> first = blocks.allocate(1000);
        assertThat(first).extracting(Block::cutTime).containsExactly(200L, 400L, 1000L);
        assertThat(first).extracting(Block::records).containsExactly(List.of(1, 2), List.of(3), List.of(4));
        assertThat(blocks.allocate(2000)).isEmpty();
        assertThat(blocks.hasUnallocatedData()).isFalse();
    }

    @Test
    void shouldCutABlockThatReachesTheSizeCap() throws InterruptedException {
        BlockGenerator<Integer> blocks = new BlockGenerator<>(new ManualClock(), 10, Double.POSITIVE_INFINITY);
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < BlockGenerator.MAX_BLOCK_RECORDS + 5; i++) {
            many.add(i);
        }
        blocks.addAll(many);
        blocks.add(-1);
        List<Block<Integer>> taken = blocks.allocate(1000);
        assertThat(taken).hasSize(2);
        assertThat(taken.get(0).records()).hasSize(BlockGenerator.MAX_BLOCK_RECORDS + 5);
        assertThat(taken.get(1).records()).containsExactly(-1);
    }

    @Test
    void shouldKeepChunksOfLinesAsTheyAreAndCopyListsTheReceiverMayReuse() throws Exception {
        BlockGenerator<String> blocks = new BlockGenerator<>(new ManualClock(), 10, Double.POSITIVE_INFINITY);
        LineChunk first = chunk("a\nb\n");
        LineChunk second = chunk("e\n");
        List<String> reused = new ArrayList<>(List.of("c", "d"));
        blocks.addAll(first);
        blocks.cut(100);
        blocks.addAll(reused);
        reused.clear();
        blocks.addAll(second);
        blocks.add("f");
        List<Block<String>> taken = blocks.allocate(1000);

        assertThat(taken.get(0).records()).isSameAs(first);
        List<String> records = taken.get(1).records();
        assertThat(records).containsExactly("c", "d", "e", "f").hasSize(4);
        assertThat(records.get(2)).isEqualTo("e");
        List<String> visited = new ArrayList<>();
        records.forEach(visited::add);
        assertThat(visited).containsExactly("c", "d", "e", "f");
    }

    @Test
    void shouldJoinTheChunksOfLinesOfABlockIntoOneChunk() throws Exception {
        BlockGenerator<String> blocks = new BlockGenerator<>(new ManualClock(), 10, Double.POSITIVE_INFINITY);
        blocks.addAll(chunk("a\nb\n"));
        blocks.addAll(chunk("c\r\n"));
        blocks.addAll(chunk("d\n"));
        List<String> records = blocks.allocate(1000).get(0).records();

        assertThat(records).isInstanceOf(LineChunk.class).containsExactly("a", "b", "c", "d");
    }

    private static LineChunk chunk(String lines) throws java.io.IOException {
        return new LineChunkReader(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), 64, 64,
                (start, length) -> { }).next();
    }
}
