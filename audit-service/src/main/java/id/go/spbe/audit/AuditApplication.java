package id.go.spbe.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ICT audits of the region (AU1–AU9): audit plan, auditors, findings, certificates. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuditApplication.class, args);
    }
}
