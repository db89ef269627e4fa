package be.duaalbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.duaalbot.answer.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The memory model: every store's bound comes from the heap, together they leave most of it free, and they hold. */
class MemoryBudgetTest {
    private static final long MB = 1024 * 1024;

    @Test
    void theStoresTogetherTakeLessThanHalfOfA64MbHeap() {
        MemoryBudget budget = MemoryBudget.of(64 * MB, 0);
        assertTrue(budget.total() <= 64 * MB * 40 / 100, budget.toString());
        assertEquals(64 * MB / 10, budget.answerCacheBytes());
    }

    @Test
    void theStoresTheChannelModulesDeclareCountInTheTotal() {
        MemoryBudget withChannels = MemoryBudget.of(64 * MB, 0);
        long own = MemoryBudget.of(64 * MB, 0, java.util.List.of()).total();
        long channels = 0;
        for (ChannelModule module : ChannelModule.all()) {
            for (MemoryBudget.Store store : module.stores()) {
                channels += withChannels.bytes(store);
            }
        }
        assertEquals(own + channels, withChannels.total());
    }

    @Test
    void aStoreNoModuleDeclaredGetsNoBytesOneDeclaredGetsItsShare() {
        MemoryBudget.Store stray = new MemoryBudget.Store("pager outbox", 1);
        assertThrows(IllegalArgumentException.class, () -> MemoryBudget.of(64 * MB, 0).bytes(stray));
        ChannelModule pager = new ChannelModule() {
            @Override
            public String name() {
                return "pager";
            }

            @Override
            public java.util.Map<String, String> settings() {
                return java.util.Map.of();
            }

            @Override
            public java.util.List<MemoryBudget.Store> stores() {
                return java.util.List.of(stray);
            }
        };
        MemoryBudget budget = MemoryBudget.of(64 * MB, 0, java.util.List.of(pager));
        assertEquals(64 * MB / 100, budget.bytes(stray));
        assertEquals(MemoryBudget.of(64 * MB, 0, java.util.List.of()).total() + 64 * MB / 100, budget.total());
    }

    @Test
    void aCacheLargerThanTheHeapCanHoldStopsTheStartNamingTheSetting() {
        SettingsException e = assertThrows(SettingsException.class, () -> MemoryBudget.of(64 * MB, 100));
        assertTrue(e.getMessage().startsWith("setting DUAALBOT_ANSWER_CACHE_MB: 100 MB do not fit a heap of 64 MB"), e.getMessage());
        assertEquals(16 * MB, MemoryBudget.of(64 * MB, 16).answerCacheBytes());
    }

    @Test
    void theAnswerCacheHoldsItsBytesWhateverTheNumberOfDistinctQuestions() {
        MemoryBudget budget = MemoryBudget.of(8 * MB, 0);
        AnswerService service = new AnswerService(Bots.BOT, new SimpleMeterRegistry(), budget, Conversations.defaults());
        for (int i = 0; i < 3_000; i++) {
            service.ask("horeca overeenkomsten 2022-2023 vraag " + i, "test");
        }
        long weighed = service.cacheWeight();
        assertTrue(weighed > 0 && weighed <= budget.answerCacheBytes(), weighed + " of " + budget.answerCacheBytes());
    }

    @Test
    void anAnswerWeighsMoreThanItsText() {
        Answer a = Bots.BOT.answer("top 10 sectoren erkenningen 2022-2023");
        assertTrue(Weights.answer(a) > 2 * a.text().length(), "weight " + Weights.answer(a));
    }

    @Test
    void rateLimitBucketsAreBoundedByBytes() {
        RateLimits limits = new RateLimits(20, 60, 64 * RateLimits.WEIGHT);
        for (int i = 0; i < 10_000; i++) {
            limits.check("test", "user" + i, "chat" + i);
        }
        assertTrue(limits.size() <= 64, "buckets kept: " + limits.size());
    }

    @Test
    void conversationsAreBoundedByBytes() {
        Conversations chats = new Conversations(1_000_000, Duration.ofMinutes(30), 100L * Conversations.WEIGHT);
        for (int i = 0; i < 10_000; i++) {
            chats.of("c" + i);
        }
        assertTrue(chats.size() <= 100, "kept " + chats.size());
    }

}
