package be.duaalbot.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.duaalbot.core.ChatChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shared start of a chat channel: connected or refused for good after one try, and the state says which. */
class ConnectorTest {

    @Test
    void aRefusalIsFinalAndTheStateNamesIt() {
        AtomicInteger tries = new AtomicInteger();
        Connector connector = new Connector("pager", LoggerFactory.getLogger(ConnectorTest.class), () -> {
            tries.incrementAndGet();
            return Connector.Outcome.refused("PAGER_TOKEN refused", "pager: refused PAGER_TOKEN");
        }, e -> "not reachable");
        assertEquals(ChatChannel.Phase.STARTING, connector.state().phase());
        connector.start();
        assertThrows(ExecutionException.class, () -> connector.ready().get(10, TimeUnit.SECONDS));
        assertEquals("failed: PAGER_TOKEN refused", connector.state().toString());
        connector.stop();
        assertEquals(1, tries.get(), "asked again after a refusal");
    }

    @Test
    void aTryThatConnectsMakesTheChannelConnected() throws Exception {
        Connector connector = new Connector("pager", LoggerFactory.getLogger(ConnectorTest.class),
                () -> Connector.Outcome.connected("pager: on"), e -> "not reachable");
        connector.start();
        connector.ready().get(10, TimeUnit.SECONDS);
        assertEquals(ChatChannel.State.CONNECTED, connector.state());
        connector.stop();
    }
}
