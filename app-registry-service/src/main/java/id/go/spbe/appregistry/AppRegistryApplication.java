package id.go.spbe.appregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OPD directory (G1) and application repository (A1–A13) of the regional SPBE platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AppRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(AppRegistryApplication.class, args);
    }
}
