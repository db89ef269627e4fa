package be.duaalbot.channel.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The outbox with sends the test controls: order within a lane through retries, and waiting for room rather than dropping. */
class OutboxTest {
    private static final DeliveryRules RULES = new DeliveryRules(Duration.ofMinutes(2), Duration.ofMillis(100), Duration.ofSeconds(1));
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void aLaneKeepsItsOrderWhileItsFirstMessageIsTriedAgain() throws Exception {
        Outbox outbox = new Outbox("test", RULES, 1 << 20, Duration.ZERO, e -> Failure.notTaken(), outcomes::add);
        CountDownLatch done = new CountDownLatch(3);
        int[] failures = {3};
        outbox.enqueue("a", Duration.ZERO, 10, () -> {
            if (failures[0]-- > 0) {
                throw new java.io.IOException("not reached");
            }
            sent.add("first");
            done.countDown();
        });
        outbox.enqueue("a", Duration.ZERO, 10, () -> {
            sent.add("second");
            done.countDown();
        });
        outbox.enqueue("b", Duration.ZERO, 10, () -> {
            sent.add("other lane");
            done.countDown();
        });
        assertTrue(done.await(30, TimeUnit.SECONDS), "sent: " + sent);
        assertTrue(sent.indexOf("first") < sent.indexOf("second"), sent.toString());
        assertEquals(0, sent.indexOf("other lane"), "a lane that waits held up another: " + sent);
        outbox.close(Duration.ofSeconds(5));
        assertEquals(3, outcomes.stream().filter("retried"::equals).count(), outcomes.toString());
        assertEquals(3, outcomes.stream().filter("sent"::equals).count(), outcomes.toString());
    }

    @Test
    void aFullBudgetMakesTheCallerWaitAndNothingIsDropped() throws Exception {
        Outbox outbox = new Outbox("test", RULES, 2 << 10, Duration.ZERO, e -> Failure.notTaken(), outcomes::add);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(3);
        Outbox.Attempt held = () -> {
            release.await(30, TimeUnit.SECONDS);
            all.countDown();
        };
        assertTrue(outbox.enqueue("a", Duration.ZERO, 1 << 10, held));
        assertTrue(outbox.enqueue("b", Duration.ZERO, 1 << 10, held));
        CountDownLatch third = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            outbox.enqueue("c", Duration.ZERO, 1 << 10, all::countDown);
            third.countDown();
        });
        caller.start();
        // the budget holds two messages: the third caller waits (for room) instead of its message being dropped
        be.duaalbot.channel.Await.until("the third caller waiting", 30, () -> caller.getState() == Thread.State.TIMED_WAITING);
        assertEquals(1, third.getCount());
        release.countDown();
        assertTrue(third.await(30, TimeUnit.SECONDS), "room came and the caller went on");
        assertTrue(all.await(30, TimeUnit.SECONDS));
        outbox.close(Duration.ofSeconds(5));
        assertEquals(List.of("sent", "sent", "sent"), outcomes);
    }

    @Test
    void aMessageThatMayHaveGoneIsSentAgainOnlyAfterTheChannelWentQuiet() throws Exception {
        // a quiet spell of 3.1 s against failures every 0.1 s: a loaded machine's pauses stay well within it
        DeliveryRules rules = new DeliveryRules(Duration.ofMinutes(2), Duration.ofMillis(100), Duration.ofSeconds(3));
        Outbox outbox = new Outbox("test", rules, 1 << 20, Duration.ZERO,
                e -> e instanceof java.net.SocketTimeoutException ? Failure.unsure() : Failure.notTaken(), outcomes::add);
        List<Long> triesOfA = new CopyOnWriteArrayList<>();
        List<Long> failuresOfB = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        outbox.enqueue("a", Duration.ZERO, 10, () -> {
            triesOfA.add(System.nanoTime());
            if (triesOfA.size() == 1) {
                throw new java.net.SocketTimeoutException("sent, no answer");
            }
            done.countDown();
        });
        long outageEnds = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        outbox.enqueue("b", Duration.ZERO, 10, () -> {
            if (System.nanoTime() < outageEnds) {
                failuresOfB.add(System.nanoTime());
                throw new java.io.IOException("not reached");
            }
            done.countDown();
        });
        assertTrue(done.await(30, TimeUnit.SECONDS), "both sent");
        outbox.close(Duration.ofSeconds(5));
        assertEquals(2, triesOfA.size(), "sent once more, not more");
        long lastTrouble = failuresOfB.get(failuresOfB.size() - 1);
        assertTrue(triesOfA.get(1) - lastTrouble >= rules.quiet().toNanos(),
                "sent again " + (triesOfA.get(1) - lastTrouble) / 1_000_000 + " ms after the last failure of the channel");
    }
}
