package org.pledgewatch.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.pledgewatch.e2e.support.Submissions.Answer;

/**
 * Clients that keep posting distinct articles, one {@code POST /articles} after another, while a test breaks
 * something; every answer is kept. A client stops early when it gets no answer at all (the service is gone).
 */
public final class PostingClients {
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean posting = new AtomicBoolean(true);
    private final ExecutorService clients;

    private PostingClients(int count) {
        clients = Executors.newFixedThreadPool(count);
    }

    /** {@code count} clients posting articles numbered from {@code firstArticle}, pausing {@code pause} between posts. */
    public static PostingClients start(Submissions submissions, int count, int firstArticle, Duration pause) {
        PostingClients started = new PostingClients(count);
        AtomicInteger next = new AtomicInteger(firstArticle);
        for (int i = 0; i < count; i++) {
            started.clients.submit(() -> {
                while (started.posting.get()) {
                    Answer answer = submissions.post(next.getAndIncrement());
                    started.answers.add(answer);
                    if (answer.status() == -1) {
                        return null;
                    }
                    Thread.sleep(pause.toMillis());
                }
                return null;
            });
        }
        return started;
    }

    /** How many answers so far. */
    public int answered() {
        return answers.size();
    }

    /** How many POSTs were answered 202 after the first {@code skip} answers. */
    public long acceptedAfter(int skip) {
        return answers.stream().skip(skip).filter(Answer::accepted).count();
    }

    /** Stops posting, waits for the requests in flight, and returns every answer in arrival order. */
    public List<Answer> stop(Duration timeout) throws InterruptedException {
        posting.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS), "clients finished");
        return List.copyOf(answers);
    }
}
