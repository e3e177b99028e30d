package pe.integrity.workspace.step;

import java.util.Locale;
import org.springframework.ui.Model;
import pe.integrity.organisation.CurrentUser;

/** A step page whose risks each have a form of their own: the step's overview and one risk's page. */
public interface RiskStepPage {

    public void all(CurrentUser user, Long assessmentId, Model model, Locale locale);

    public void one(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale);
}
