package be.duaalbot.channel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

/** Issue 21, finding 5: one version, the pom's, in {@code --version} and in {@code /metrics}. */
class VersionTest {

    private static String pomVersion() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        return XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);
    }

    @Test
    void versionOptionSaysThePomsVersion() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run("--version"));
        } finally {
            System.setOut(old);
        }
        assertEquals("duaalbot " + pomVersion(), out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void buildInfoMetricCarriesThePomsVersion() throws Exception {
        String metrics = ServiceMetrics.registry().scrape();
        String line = metrics.lines().filter(l -> l.startsWith("duaalbot_build_info{")).findFirst().orElseThrow();
        assertTrue(line.contains("version=\"" + pomVersion() + "\""), line);
    }
}
