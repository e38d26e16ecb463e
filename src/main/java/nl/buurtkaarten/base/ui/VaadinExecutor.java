package nl.buurtkaarten.base.ui;

import com.vaadin.flow.spring.annotation.VaadinTaskExecutor;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Vaadin's own executor, named as such. The live API's STOMP broker brings three executors of its
 * own (its channels'), which makes Spring Boot leave out its application executor and Vaadin refuse
 * to start ("Multiple TaskExecutor beans"); this is the executor Boot would have made, for Vaadin only.
 */
@Configuration(proxyBeanMethods = false)
class VaadinExecutor {

    @Bean
    @VaadinTaskExecutor
    ThreadPoolTaskExecutor vaadinTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.threadNamePrefix("vaadin-task-").build();
    }
}
