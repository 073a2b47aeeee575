package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgewatch.extractor.entities.MentionFinder;

/**
 * HotSpot compiles no method of more than 8,000 bytes of bytecode (-XX:-DontCompileHugeMethods is off by default): such
 * a method runs interpreted for ever. {@code MentionFinder.readNameGroup}, the extractor's longest rule, crossed the line
 * in round 31 unnoticed (8,067 bytes) and was brought back under it in round 32. Well before that line C1 gives up too:
 * at 7,970 bytes its profiling tier failed on readNameGroup ("out of virtual registers in linear scan"), so C2 never
 * compiled it and the rule ran on C1's plain code; it was then split into four methods that share a small state object.
 * This test keeps every method of the extractor under a limit with room below both, by reading the compiled class
 * files' code lengths.
 */
class HugeMethodsTest {
    /** HotSpot's HugeMethodLimit. */
    private static final int HUGE_METHOD_LIMIT = 8_000;
    /** Ours: C1's profiling tier failed at 7,970 bytes; a rule adds 50 to 300. */
    private static final int METHOD_LIMIT = 6_000;

    @Test
    void noMethodOfTheExtractorIsTooLongToBeCompiled() throws IOException, URISyntaxException {
        Path root = Path.of(MentionFinder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> huge = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                classes++;
                try (InputStream in = Files.newInputStream(file)) {
                    for (String[] method : codeLengths(new DataInputStream(in))) {
                        // (a static initialiser runs once, interpreted anyway: MentionFinder's word lists make one of
                        // 11,000 bytes)
                        if (Integer.parseInt(method[1]) > METHOD_LIMIT && !method[0].equals("<clinit>")) {
                            huge.add(root.relativize(file) + " " + method[0] + ": " + method[1] + " bytes");
                        }
                    }
                }
            }
        }
        assertTrue(classes > 50, "the extractor's classes were not found under " + root);
        assertEquals(List.of(), huge, "split these methods into helpers (see docs/tuning-rounds.md)");
    }

    @Test
    void theReaderSeesMethodsBeyondTheLimits() throws IOException {
        // the test above must be able to fail: the reader sees MentionFinder's static initialiser (its word lists),
        // which is past HotSpot's limit, and rules of thousands of bytes
        try (InputStream in = MentionFinder.class.getResourceAsStream("MentionFinder.class")) {
            List<String[]> methods = codeLengths(new DataInputStream(in));
            int initialiser = methods.stream().filter(m -> m[0].equals("<clinit>")).mapToInt(m -> Integer.parseInt(m[1]))
                    .findFirst().orElse(0);
            int longestRule = methods.stream().filter(m -> !m[0].equals("<clinit>")).mapToInt(m -> Integer.parseInt(m[1]))
                    .max().orElse(0);
            assertTrue(initialiser > HUGE_METHOD_LIMIT, () -> "MentionFinder.<clinit>: " + initialiser);
            assertTrue(longestRule > 2_000 && longestRule <= METHOD_LIMIT, () -> "MentionFinder's longest method: " + longestRule);
        }
    }

    /** {name, code length} of every method with code in a class file (JVMS chapter 4). */
    private static List<String[]> codeLengths(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two entries
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant tag " + tag);
            }
        }
        in.readUnsignedShort(); // access
        in.readUnsignedShort(); // this
        in.readUnsignedShort(); // super
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        skipMembers(in);
        List<String[]> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.readUnsignedShort(); // access
            String name = utf8[in.readUnsignedShort()];
            in.readUnsignedShort(); // descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.readUnsignedShort(); // max stack
                    in.readUnsignedShort(); // max locals
                    int code = in.readInt();
                    out.add(new String[] {name, Integer.toString(code)});
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            in.skipBytes(6);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.readUnsignedShort();
                in.skipBytes(in.readInt());
            }
        }
    }
}
