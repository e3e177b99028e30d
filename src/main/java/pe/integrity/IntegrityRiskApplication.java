package pe.integrity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Integrity risk assessment workflow, after SIP's 2023 guide (RSIP 001-2023-PCM/SIP). */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
@Modulithic(systemName = "Integrity risk assessment")
public class IntegrityRiskApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntegrityRiskApplication.class, args);
    }
}
