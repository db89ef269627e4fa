package be.duaalbot.channel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * duaalbot's version: the pom's, which Maven's resource filtering writes into version.properties
 * (so tests run from the classes directory see it too, unlike the jar manifest's). One string for
 * {@code --version} and the {@code duaalbot_build_info} metric.
 */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"duaalbot " + current()};
    }
}
