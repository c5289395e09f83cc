package id.go.spbe.datacenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pusat Data (D1–D9): VPS and colocation requests, capacity, backups, uptime. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatacenterApplication {

    public static void main(String[] args) {
        SpringApplication.run(DatacenterApplication.class, args);
    }
}
