package nl.buurtkaarten.base;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** One strong random source for join codes, participant tokens and passwords. */
    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
