package id.go.spbe.platform.client.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** A service that calls others through the client seam: app-registry through the registry, monev by static URL. */
@SpringBootApplication
@EnableFeignClients
public class ClientTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientTestApplication.class, args);
    }
}
