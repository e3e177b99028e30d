package pe.integrity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * Two people save the same evaluation with the same version at the same moment, on PostgreSQL: both have read
 * and changed the risk before either commits (a barrier holds them there), so the version check of the form
 * alone cannot tell them apart. The write itself must: exactly one is saved, the other gets the conflict.
 */
@IntegrationTest
class ConcurrentEvaluationTest {

    @Autowired RiskEvaluation evaluation;
    @Autowired Assessments assessments;
    @Autowired ScoringSchemes schemes;
    @Autowired UserDetailsService users;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twoSavesOfTheSameEvaluationAtTheSameVersionAtTheSameMomentSaveExactlyOne() throws Exception {
        CurrentUser conductor = (CurrentUser) users.loadUserByUsername("conductor.cusco");
        Long assessmentId = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        Risk risk = assessments.risks(conductor, assessmentId).get(0);
        Long riskId = risk.getId();
        long version = risk.getVersion();
        ScoringScheme scheme = schemes.byCode(jdbc.queryForObject(
                "SELECT scheme_code FROM assessment WHERE id = ?", String.class, assessmentId));
        int lowest = scheme.probabilityLevels().get(0).value();
        int highest = scheme.probabilityLevels().get(scheme.probabilityLevels().size() - 1).value();
        String rating = scheme.controlRatings().get(0).code();

        CyclicBarrier bothChanged = new CyclicBarrier(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> saves = new ArrayList<>();
        for (int probability : new int[] {lowest, highest}) {
            saves.add(pool.submit(() -> {
                try {
                    tx.executeWithoutResult(status -> {
                        EvaluationForm form = new EvaluationForm();
                        form.setProbability(probability);
                        form.setImpact(scheme.impactLevels().get(0).value());
                        form.setControlRating(rating);
                        form.setVersion(version);
                        evaluation.evaluate(conductor, riskId, form);
                        await(bothChanged);
                    });
                    return probability;
                } catch (ObjectOptimisticLockingFailureException conflict) {
                    return null;
                }
            }));
        }
        List<Integer> saved = new ArrayList<>();
        for (Future<Integer> f : saves) {
            Integer p = f.get(60, TimeUnit.SECONDS);
            if (p != null) {
                saved.add(p);
            }
        }
        pool.shutdown();

        assertThat(saved).as("exactly one save succeeds").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT probability FROM risk WHERE id = ?", Integer.class, riskId))
                .as("the stored value is the one that was told saved")
                .isEqualTo(saved.get(0));
        assertThat(jdbc.queryForObject("SELECT version FROM risk WHERE id = ?", Long.class, riskId))
                .isEqualTo(version + 1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
