package pe.integrity.api;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;

/**
 * The API's reads, each through the assessment module's checked reads (403 for another entity's people, 404 for
 * what does not exist) and turned into JSON records inside one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
class ApiReads {

    private final Assessments assessments;

    ApiReads(Assessments assessments) {
        this.assessments = assessments;
    }

    List<ApiViews.AssessmentJson> assessmentsOf(CurrentUser user, Long entityId) {
        return assessments.ofEntity(user, entityId).stream().map(ApiViews.AssessmentJson::of).toList();
    }

    ApiViews.AssessmentJson assessment(CurrentUser user, Long id) {
        return ApiViews.AssessmentJson.of(assessments.get(user, id));
    }

    List<ApiViews.RiskJson> risks(CurrentUser user, Long id) {
        return assessments.risks(user, id).stream().map(ApiViews.RiskJson::of).toList();
    }

    List<ApiViews.MeasureJson> measures(CurrentUser user, Long id) {
        return assessments.measures(user, id).stream().map(ApiViews.MeasureJson::of).toList();
    }
}
