package nl.buurtkaarten.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that must run once across app nodes: on PostgreSQL a second transaction (another node) is told no while
 * the first holds the work, and yes once it ended; on H2 (one node) the work always runs.
 */
@SpringBootTest
@ActiveProfiles("test")
class OnceAcrossNodesTest {

    @Autowired
    OnceAcrossNodes once;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void whileOneTransactionDoesTheWorkAnotherSkipsIt() throws Exception {
        boolean postgresql;
        try (Connection connection = dataSource.getConnection()) {
            postgresql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            boolean may = once.mayRun("test-work");
            holding.countDown();
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return may;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        Boolean second = transactions.execute(status -> once.mayRun("test-work"));
        Boolean otherWork = transactions.execute(status -> once.mayRun("other-work"));
        done.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second)
                .as(postgresql ? "another node is told no while the first holds the work" : "one node: always")
                .isEqualTo(!postgresql);
        assertThat(otherWork).as("other work is not held up").isTrue();
        Boolean afterwards = transactions.execute(status -> once.mayRun("test-work"));
        assertThat(afterwards).as("once the first transaction ended").isTrue();
    }
}
