package id.go.spbe.monev;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Monitoring and evaluation (M1–M5): the yearly SPBE evaluation and Mandiri TIK assessments. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MonevApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonevApplication.class, args);
    }
}
