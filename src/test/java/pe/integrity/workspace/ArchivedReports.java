package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.StoredRegister;

/** A report link (a cycle's, the period's closing) followed as a reader does: made or found, then downloaded. */
final class ArchivedReports {

    private ArchivedReports() {}

    /** Follows the report link to the archived file's download, and returns what the archive holds. */
    static StoredRegister fetch(Screen screen, RegisterArchive archive, CurrentUser who, String url, Long assessmentId)
            throws Exception {
        MvcResult r = screen.get(who, url);
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(302);
        String download = r.getResponse().getRedirectedUrl();
        assertThat(download).startsWith("/assessments/" + assessmentId + "/registers/");
        assertThat(screen.status(who, download)).isEqualTo(200);
        return archive.find(Screen.lastId(download)).orElseThrow();
    }
}
