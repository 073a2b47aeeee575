package org.pledgewatch.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.pledgewatch.localstack.LocalStack;

/** A throw-away local stack per test class, on free ports, with its state and logs under target/. */
public final class TestStacks {
    private TestStacks() {
    }

    public static LocalStack start(String name) {
        Path root = Paths.get(System.getProperty("pledgewatch.root", "..")).toAbsolutePath().normalize();
        return LocalStack.start(LocalStack.Config.forRoot(root).withFreePorts()
                .withStateDir(root.resolve("end-to-end-tests/target/" + name + "-stack"), false)
                .withProgress(line -> System.out.println("[" + name + "] " + line)));
    }

    /** The founding article: about 28 statements and commitments, so every fault hits a busy pipeline. */
    public static String seedArticle() {
        try (InputStream sample = TestStacks.class.getClassLoader().getResourceAsStream("samples/seed-article.txt")) {
            return new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
