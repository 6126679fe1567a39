import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator (wrk2 is not packaged here): sends GETs at a fixed rate whatever the
 * answers, and measures each latency from the moment the request was due, not from when it left, so
 * a stalled server is not hidden by a client that waits (coordinated omission).
 *
 *   java bench/OpenLoop.java BASE_URL TOKEN PATHS_FILE RATE SECONDS
 *
 * prints "sent ok errors p50_ms p90_ms p99_ms max_ms achieved_rate".
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        List<String> paths = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList();
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int total = (int) (rate * seconds);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long interval = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[slot] = System.nanoTime() - due;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%d %d %d %.2f %.2f %.2f %.2f %.1f%n", total, total - errors.get(), errors.get(),
                ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99), latencies[total - 1] / 1e6, total / elapsed);
        System.exit(0);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
