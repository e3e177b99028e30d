package pe.integrity.workspace;

import org.springframework.web.multipart.MultipartFile;

/** An evidence file chosen for upload. */
class EvidenceForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
