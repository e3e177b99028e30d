package pe.integrity.workspace.followup;

import org.springframework.web.multipart.MultipartFile;

/** An evidence file chosen for upload. */
public class EvidenceForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
