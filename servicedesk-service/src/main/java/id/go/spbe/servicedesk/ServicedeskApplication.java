package id.go.spbe.servicedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Service desk (S1–S8): tickets, Tier 1 per OPD, Tier 2 at Dinas, SLA, change and knowledge management. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServicedeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServicedeskApplication.class, args);
    }
}
