package id.go.spbe.network;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Intra-government network (N1–N9): WAN/LAN inventory, LAN diagrams, change reports, inspections. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NetworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetworkApplication.class, args);
    }
}
