package io.dudao.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements a piece of work prepares, for the "bounded statements whatever the size" checks. */
public final class Statements {

    private Statements() {
    }

    /** The fewest statements of three runs of {@code work} (a run may miss a cache that the next one finds filled). */
    public static long fewest(EntityManagerFactory emf, Runnable work) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.setStatisticsEnabled(true);
            stats.clear();
            try {
                work.run();
                fewest = Math.min(fewest, stats.getPrepareStatementCount());
            } finally {
                stats.setStatisticsEnabled(false);
            }
        }
        return fewest;
    }
}
