package org.skeleton;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The reference for bench/start.sh: nothing but Boot, Vaadin and Spring Security. */
@SpringBootApplication
public class Skeleton implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Skeleton.class, args);
    }
}
