package be.duaalbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local lexicon overlay: merged into its language's lexicon at load, checked like any other
 * lexicon (target in the data, one meaning per spelling), written whole and read back; the
 * shipped files untouched.
 */
class TaughtWordsTest {
    @TempDir
    Path temp;

    private Path dir() throws java.io.IOException {
        return DataDirs.copy(DataDirs.CONFIG, temp.resolve("data"));
    }

    private static String firstMember(Dataset data, String breakdown) {
        return data.membersOf(breakdown).get(0);
    }

    @Test
    void aTaughtMemberIsOneMoreTermOfItsLanguage() throws Exception {
        Path dir = dir();
        Dataset shipped = DataLoader.load(dir);
        String member = firstMember(shipped, "sector");
        TaughtWords.write(dir, List.of(new TaughtWords.Entry("eetcafes", Language.NL, TaughtWords.Kind.MEMBER, member),
                new TaughtWords.Entry("eigenlijkgezegd", Language.NL, TaughtWords.Kind.FILLER, "")));
        Dataset data = DataLoader.load(dir);
        assertTrue(data.lexicons().get(Language.NL).members().get(member).contains("eetcafes"));
        assertTrue(data.lexicons().get(Language.NL).stopwords().contains("eigenlijkgezegd"));
        assertFalse(data.lexicons().get(Language.EN).members().getOrDefault(member, List.of()).contains("eetcafes"));
        assertEquals(shipped.lexicons().get(Language.NL).members().get(member).size() + 1,
                data.lexicons().get(Language.NL).members().get(member).size());
        assertEquals(2, TaughtWords.read(dir).size());
    }

    @Test
    void aWordThatWouldMeanTwoThingsIsRefusedByName() throws Exception {
        Path dir = dir();
        Dataset data = DataLoader.load(dir);
        List<String> sectors = data.membersOf("sector");
        String taken = data.lexicons().get(Language.NL).members().get(sectors.get(0)).get(0);
        TaughtWords.write(dir, List.of(new TaughtWords.Entry(taken, Language.NL, TaughtWords.Kind.MEMBER, sectors.get(1))));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertTrue(e.getMessage().contains("'" + taken + "'") && e.getMessage().contains(TaughtWords.FILE), e.getMessage());
        assertFalse(DataCheck.problems(dir).isEmpty());
    }

    @Test
    void aTargetNotInTheDataIsRefusedByName() throws Exception {
        Path dir = dir();
        TaughtWords.write(dir, List.of(new TaughtWords.Entry("eetcafes", Language.NL, TaughtWords.Kind.MEMBER, "Frituren")));
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(dir));
        assertTrue(e.getMessage().contains("'Frituren' is not in the data"), e.getMessage());
    }

    @Test
    void aBrokenEntryNamesTheFileAndThePlace() throws Exception {
        Path dir = dir();
        Files.writeString(dir.resolve(TaughtWords.FILE), "{\"taught\": [{\"word\": \"x\", \"language\": \"nl\", \"kind\": \"city\", \"as\": \"Horeca\"}]}");
        List<String> problems = DataCheck.problems(dir);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains(TaughtWords.FILE) && problems.get(0).contains("taught[0].kind"), problems.get(0));
    }

    @Test
    void noEntriesNoFileAndTheShippedFilesUntouched() throws Exception {
        Path dir = dir();
        String shipped = Files.readString(dir.resolve("lexicon-nl.json"));
        TaughtWords.write(dir, List.of(new TaughtWords.Entry("eetcafes", Language.NL, TaughtWords.Kind.MEMBER,
                firstMember(DataLoader.load(dir), "sector"))));
        assertTrue(Files.exists(dir.resolve(TaughtWords.FILE)));
        TaughtWords.write(dir, List.of());
        assertFalse(Files.exists(dir.resolve(TaughtWords.FILE)));
        assertEquals(shipped, Files.readString(dir.resolve("lexicon-nl.json")));
        assertEquals(List.of(), TaughtWords.read(dir));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }
}
