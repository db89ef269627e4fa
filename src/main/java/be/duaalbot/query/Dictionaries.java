package be.duaalbot.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;

/**
 * The part-of-speech dictionaries, each read once per process and shared by every dataset
 * (a reload of the data does not read them again). Reading the Dutch one (13 MB, about 5.5
 * million word forms) takes longer than answering thousands of questions, so it happens on a
 * background thread: {@link #preload} starts it when a recognizer is built, while the rest of the
 * pipeline is built and the first question is read, and a question that needs a word looked up
 * before it is done waits for it. A one-shot command ends without waiting for a read it did not need.
 */
final class Dictionaries {
    private static final Map<String, CompletableFuture<Dictionary>> LOADED = new ConcurrentHashMap<>();

    private Dictionaries() {
    }

    /** Starts reading the dictionary if no one has yet; returns at once. */
    static CompletableFuture<Dictionary> preload(String resource) {
        return LOADED.computeIfAbsent(resource, r -> CompletableFuture.supplyAsync(() -> read(r), Dictionaries::daemon));
    }

    /** The dictionary, read now (or waited for) if need be. */
    static Dictionary get(String resource) {
        return preload(resource).join();
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "dictionary-reader");
        t.setDaemon(true); // a one-shot command does not wait for a read it turned out not to need
        t.start();
    }

    private static Dictionary read(String resource) {
        URL url = Dictionaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no dictionary " + resource + " on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary " + resource, e);
        }
    }
}
